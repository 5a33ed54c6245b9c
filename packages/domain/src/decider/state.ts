import type { LedgerEvent } from '../events/envelope.js';
import type {
  CommitmentReversedData,
  EventType,
  MeasureStatusChangedData,
} from '../events/kinds.js';
import { applyStatusChange, type MeasureLifecycle } from '../model/measure-lifecycle.js';
import { fingerprint } from './fingerprint.js';

/** What the decider remembers of one event, with corrections and retractions applied. */
export interface KnownEvent {
  readonly id: string;
  readonly type: EventType;
  readonly subject: string;
  data: Record<string, unknown>;
  retracted: boolean;
  /** Digest of the event as submitted, for idempotent retries. */
  readonly fingerprint: string;
}

export interface KnownMeasure {
  readonly measureId: string;
  readonly owner: string;
  /** Ids of the events about this measure, in log order, the creating one first. */
  readonly eventIds: string[];
}

/**
 * The write model: everything needed to refuse what cannot be true, in log
 * (transaction) order. It is a whole-ledger state because event ids and
 * measure ids are unique across the ledger.
 */
export interface DeciderState {
  readonly events: Map<string, KnownEvent>;
  readonly measures: Map<string, KnownMeasure>;
  /** Per actor: ids of its pledges and pledge reversals, in log order. */
  readonly pledgeEvents: Map<string, string[]>;
  /** Per subject: number of events in its stream (the expected-version check). */
  readonly versions: Map<string, number>;
}

export function initialState(): DeciderState {
  return { events: new Map(), measures: new Map(), pledgeEvents: new Map(), versions: new Map() };
}

/** The fields a caller supplied, which idempotent retries must repeat exactly. */
export function submittedFingerprint(event: {
  id: string;
  type: string;
  subject: string;
  effectiveAt: string;
  effectivePrecision: string;
  source: unknown;
  data: unknown;
}): string {
  const { id, type, subject, effectiveAt, effectivePrecision, source, data } = event;
  return fingerprint({ id, type, subject, effectiveAt, effectivePrecision, source, data });
}

/**
 * Folds one stored event into the state. For speed on long logs the state's
 * maps are updated in place and the same state is returned: treat the state
 * you pass in as consumed.
 */
export function evolve(state: DeciderState, event: LedgerEvent): DeciderState {
  state.versions.set(event.subject, (state.versions.get(event.subject) ?? 0) + 1);
  state.events.set(event.id, {
    id: event.id,
    type: event.type,
    subject: event.subject,
    data: event.data as Record<string, unknown>,
    retracted: false,
    fingerprint: submittedFingerprint(event),
  });
  switch (event.type) {
    case 'PledgeMade':
      pledgeListOf(state, event.subject).push(event.id);
      break;
    case 'VendorsExcluded':
    case 'BanEnacted':
      if (!state.measures.has(event.data.measureId)) {
        state.measures.set(event.data.measureId, {
          measureId: event.data.measureId,
          owner: event.subject,
          eventIds: [event.id],
        });
      }
      break;
    case 'MeasureStatusChanged':
    case 'MeasureAmended':
      state.measures.get(event.data.measureId)?.eventIds.push(event.id);
      break;
    case 'CommitmentReversed':
      if (event.data.target.kind === 'pledge') pledgeListOf(state, event.subject).push(event.id);
      else state.measures.get(event.data.target.measureId)?.eventIds.push(event.id);
      break;
    case 'EventCorrected': {
      const target = state.events.get(event.data.correctedEventId);
      if (target !== undefined && event.data.data !== undefined) target.data = event.data.data;
      break;
    }
    case 'EventRetracted': {
      const target = state.events.get(event.data.retractedEventId);
      if (target !== undefined) target.retracted = true;
      break;
    }
  }
  return state;
}

function pledgeListOf(state: DeciderState, actor: string): string[] {
  let list = state.pledgeEvents.get(actor);
  if (list === undefined) {
    list = [];
    state.pledgeEvents.set(actor, list);
  }
  return list;
}

function liveEvents(state: DeciderState, ids: readonly string[]): KnownEvent[] {
  const events: KnownEvent[] = [];
  for (const id of ids) {
    const event = state.events.get(id);
    if (event !== undefined && !event.retracted) events.push(event);
  }
  return events;
}

export type PledgeStatus = 'none' | 'member' | 'weakened' | 'reversed';

/** An actor's pledge status in log order, with corrections and retractions applied. */
export function pledgeStatusOf(state: DeciderState, actor: string): PledgeStatus {
  let status: PledgeStatus = 'none';
  for (const event of liveEvents(state, state.pledgeEvents.get(actor) ?? [])) {
    if (event.type === 'PledgeMade') {
      if (status === 'none' || status === 'reversed') status = 'member';
    } else if (status !== 'none' && status !== 'reversed') {
      status = (event.data as CommitmentReversedData).extent === 'full' ? 'reversed' : 'weakened';
    }
  }
  return status;
}

/** A measure's status in log order, or `undefined` if it does not exist (any more). */
export function measureStatusOf(
  state: DeciderState,
  measureId: string,
): MeasureLifecycle | undefined {
  const measure = state.measures.get(measureId);
  if (measure === undefined) return undefined;
  const [creation, ...changes] = measure.eventIds;
  const created = creation === undefined ? undefined : state.events.get(creation);
  if (created === undefined || created.retracted) return undefined;
  let status: MeasureLifecycle = 'active';
  for (const event of liveEvents(state, changes)) {
    if (event.type === 'MeasureStatusChanged') {
      status = applyStatusChange(status, (event.data as MeasureStatusChangedData).change);
    } else if (
      event.type === 'CommitmentReversed' &&
      (event.data as CommitmentReversedData).extent === 'full'
    ) {
      status = 'reversed';
    }
  }
  return status;
}
