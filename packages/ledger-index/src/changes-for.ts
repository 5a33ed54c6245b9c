import {
  type ActorState,
  type CommitmentChange,
  type CommitmentStatus,
  compareFacts,
  emptyActorState,
  type Fact,
  type LedgerEvent,
  type StatusChange,
  stepActor,
  toCommitmentChange,
} from '@cleannet/domain';
import { placePending, versionsOf, type FactRecord } from './actor-timeline.js';

const RANK: Record<CommitmentStatus, number> = { none: 0, reversed: 0, weakened: 1, member: 2 };
const MEASURE_RANK: Record<string, number> = {
  none: 0,
  lifted: 0,
  reversed: 0,
  suspended: 1,
  active: 2,
};

function versionBefore(record: FactRecord, position: number): Fact | null {
  const versions = versionsOf(record);
  for (let index = versions.length - 1; index >= 0; index -= 1) {
    const version = versions[index];
    if (version !== undefined && version.position < position) return version.fact;
  }
  return null;
}

function foldUpTo(
  facts: Fact[],
  actorId: string,
  day: number,
): { state: ActorState; steps: StatusChange[] } {
  facts.sort(compareFacts);
  let state = emptyActorState(actorId);
  const steps: StatusChange[] = [];
  for (const fact of facts) {
    if (fact.day > day) break;
    const step = stepActor(state, fact);
    state = step.state;
    steps.push(...step.changes);
  }
  return { state, steps };
}

/** What applying one event did to the projections' inputs. */
export interface AppliedEffect {
  /** The commitment changes it caused, compared at the day it touched. */
  readonly changes: CommitmentChange[];
  /**
   * False only for a new fact after which every state of its actor, on every
   * day and at every knowledge time from its own on, is what it was without
   * it (a pledge of an actor already committed, say): no as-of answer built
   * from states (membership, exposure, trends, regressions, the actor list)
   * can differ. Its actor's timeline and the log still list it.
   */
  readonly statesChanged: boolean;
}

const NOTHING: AppliedEffect = { changes: [], statesChanged: false };

/**
 * What one event changed for its actor, comparing the actor as known just
 * before and just after the event, as of the day the event touched (its
 * effective day; for a correction the earlier of the old and new days).
 *
 * The states on and after that day are folds of the same later facts from
 * the state on it, so equal states on it mean equal states on every later
 * day. That holds for the latest knowledge and, when the log's recording
 * times never go back (`monotonic`), for every knowledge time that knows the
 * event, since those know every earlier event too. A correction or
 * retraction may change what a change says (its source, its precision)
 * without changing a state, so it always counts as a change.
 */
export function effectOf(
  event: LedgerEvent,
  position: number,
  factRecords: { get(id: string): FactRecord | undefined },
  monotonic: boolean,
): AppliedEffect {
  const targetId =
    event.type === 'EventCorrected'
      ? event.data.correctedEventId
      : event.type === 'EventRetracted'
        ? event.data.retractedEventId
        : event.id;
  const record = factRecords.get(targetId);
  if (record === undefined) return NOTHING;
  // The actor's records include the event's fact only once its queue is placed.
  placePending(record.actor);
  const before: Fact[] = [];
  const after: Fact[] = [];
  for (const other of record.actor.factRecords) {
    const old = versionBefore(other, position);
    const now = versionBefore(other, position + 1);
    if (old !== null) before.push(old);
    if (now !== null) after.push(now);
  }
  const oldVersion = versionBefore(record, position);
  const newVersion = versionBefore(record, position + 1);
  if (oldVersion === newVersion) return NOTHING;
  const day = Math.min(
    oldVersion?.day ?? Number.POSITIVE_INFINITY,
    newVersion?.day ?? Number.POSITIVE_INFINITY,
  );
  const actorId = record.actor.actorId;
  const was = foldUpTo(before, actorId, day).state;
  const { state: is, steps } = foldUpTo(after, actorId, day);

  const base = {
    actorId,
    day,
    effectivePrecision:
      (day === oldVersion?.day ? oldVersion : newVersion)?.effectivePrecision ?? 'day',
    position,
    causeEventId: event.id,
    causeType: (newVersion ?? oldVersion)?.type ?? 'PledgeMade',
    source: event.source,
  } as const;
  const changes: StatusChange[] = [];
  if (was.commitment !== is.commitment) {
    changes.push({
      ...base,
      dimension: 'commitment',
      before: was.commitment,
      after: is.commitment,
      regression: RANK[is.commitment] < RANK[was.commitment],
    });
  }
  const measureIds = new Set([...was.measures, ...is.measures].map((measure) => measure.measureId));
  for (const measureId of measureIds) {
    const old = was.measures.find((measure) => measure.measureId === measureId)?.status ?? 'none';
    const now = is.measures.find((measure) => measure.measureId === measureId)?.status ?? 'none';
    const narrowing = steps.find(
      (step) =>
        step.causeEventId === targetId &&
        step.measureId === measureId &&
        step.narrowed !== undefined,
    );
    if (old === now && narrowing === undefined) continue;
    const narrowed = narrowing?.narrowed;
    changes.push({
      ...base,
      dimension: 'measure',
      measureId,
      before: old,
      after: now,
      ...(narrowed === undefined ? {} : { narrowed }),
      regression: (MEASURE_RANK[now] ?? 0) < (MEASURE_RANK[old] ?? 0) || narrowed === true,
    });
  }
  const isNewFact = targetId === event.id;
  return {
    changes: changes.map(toCommitmentChange),
    statesChanged: changes.length > 0 || !isNewFact || !monotonic || !sameData(was, is),
  };
}

/** Structural equality of plain data (states are plain objects, arrays and primitives). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameData(item, b[index]));
  }
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
