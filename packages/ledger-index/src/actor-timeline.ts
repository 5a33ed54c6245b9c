/*
 * One actor's interval timeline: nine arrays kept in step, in two families.
 *
 * By timeline entry i (the actor's facts as known now, in timeline order):
 *   facts[i]      the fact, sorted by (placed day, log position)
 *   days[i]       facts[i].day        } copies beside the facts, so that placing a
 *   positions[i]  facts[i].position   } fact never reads one (timeline-order.ts)
 *   states[i]     the fold of facts[0..i]: the state from days[i] until days[i + 1]
 *   barrings[i]   what states[i]'s measures bar, per vendor (shared while they are)
 *   changes[i]    the status changes facts[i] caused (a valid prefix, derived on demand)
 * Invariant: the first four always have one entry per fact; states and barrings
 * are valid below `validUpTo`, and `refresh` makes validUpTo = facts.length
 * after placing `pending`.
 *
 * By touching event r (every event that changed this timeline, in log order):
 *   recordTimes[r]     when it was recorded (non-decreasing when the log is monotonic)
 *   touchDays[r]       the earliest day it touched
 *   suffixMinTouch[r]  min(touchDays[r..]) (valid when `suffixValid`, derived for older views)
 * An older knownAt K diverges from the latest view at suffixMinTouch[first r
 * recorded after K]: entries before that day are shared with the latest view.
 */

import {
  type ActorBarring,
  type ActorState,
  compareFacts,
  correctedFact,
  digestOfData,
  emptyActorState,
  type EventCorrectedData,
  type Fact,
  type FactType,
  type LedgerEventOf,
  measureIdOfData,
  nextActorState,
  placedDayNumber,
  type StatusChange,
  stepActor,
} from '@cleannet/domain';
import { BarringTracker } from './barring-tracker.js';
import type { IndexWorkspace } from './index-workspace.js';
import type { MarketTimeline } from './market-timelines.js';
import { lowerBound, upperBound } from './search.js';
import { insertFact, removeFact, replaceFact } from './timeline-order.js';

/** One version of a fact: what it said from `recordedAtMs` on (`null`: retracted). */
export interface FactVersion {
  readonly recordedAtMs: number;
  readonly position: number;
  readonly fact: Fact | null;
  /** The change that made this version (none for the original). */
  readonly change?:
    { readonly correctionId: string; readonly data: EventCorrectedData } | 'retracted';
}

/** A version made by a correction or a retraction: `eventId` is that event's. */
export interface LaterVersion extends FactVersion {
  readonly eventId: string;
}

/**
 * A fact as first recorded, with its history. The record is itself the
 * original version of the fact (what the timeline holds until a correction),
 * and later versions are kept only when there are any: a million facts should
 * cost neither a second object each nor a million arrays most never fill.
 */
export interface FactRecord extends Fact {
  readonly actor: ActorTimeline;
  readonly recordedAtMs: number;
  later: LaterVersion[] | undefined;
}

/**
 * `id`, `type`, `subject` and `recordedAt` come from `apply`, which has read
 * them already, so that no field of the event is read twice: events can
 * arrive each with its own hidden class (a spread per event, as the synthetic
 * history builds them), and then every read of a field is a slow megamorphic
 * lookup, a visible share of `apply` at a million events.
 */
export function newFactRecord(
  event: LedgerEventOf<FactType>,
  id: string,
  type: FactType,
  subject: string,
  recordedAt: string,
  position: number,
  actor: ActorTimeline,
  recordedAtMs: number,
): FactRecord {
  const { effectiveAt, data } = event;
  // The fields of `factOf`, in its order, then the record's own.
  return {
    eventId: id,
    type,
    subject,
    position,
    day: placedDayNumber(effectiveAt),
    effectiveAt,
    effectivePrecision: event.effectivePrecision,
    source: event.source,
    data,
    recordedAt,
    correctedBy: undefined,
    measureId: measureIdOfData(type, data),
    digest: digestOfData(type, data),
    actor,
    recordedAtMs,
    later: undefined,
  };
}

export function latestVersion(record: FactRecord): Fact | null {
  return record.later === undefined
    ? record
    : (record.later[record.later.length - 1] as FactVersion).fact;
}

export function versionsOf(record: FactRecord): readonly FactVersion[] {
  const original = { recordedAtMs: record.recordedAtMs, position: record.position, fact: record };
  return record.later === undefined ? [original] : [original, ...record.later];
}

export function addVersion(record: FactRecord, version: LaterVersion): void {
  if (record.later === undefined) record.later = [version];
  else record.later.push(version);
}

/**
 * A correction (`replacement` the corrected fact) or a retraction
 * (`replacement` null) of one of the timeline's facts, waiting in `pending`.
 */
export class Reordering {
  constructor(
    readonly current: Fact,
    readonly replacement: Fact | null,
    readonly recordedAtMs: number,
    /** The earliest day it touched. */
    readonly touchDay: number,
  ) {}
}

/**
 * The timeline as known at an older knownAt, from the divergence day on. Its
 * facts are placed when it is made; their states, barring summaries and
 * changes are folded only as far as a query reads (a query at one asOf needs
 * the states up to that day, and only exposure needs the summaries), and
 * kept for the next query at the same knownAt.
 */
interface OlderView {
  readonly firstHiddenRecord: number;
  readonly divergenceDay: number;
  /** Timeline entries before this index are shared with the latest view. */
  readonly sharedPrefix: number;
  readonly days: number[];
  readonly facts: Fact[];
  /** Folded prefixes: states[i], barrings[i] and changes[i] belong to facts[i]. */
  readonly states: ActorState[];
  readonly barrings: ActorBarring[];
  readonly changes: (readonly StatusChange[])[];
  /** The latest view's state just before the divergence day, which the fold starts from. */
  readonly base: ActorState;
  /** Summarises `states` in order; positioned after `barrings`. */
  readonly tracker: BarringTracker;
}

/**
 * One actor's interval timeline. For the latest knowledge it keeps the
 * actor's facts in timeline order with the state after each one, so the
 * state at any asOf is a binary search. Refolding after an out-of-order
 * insert is deferred until the next query (`refresh`).
 */
export interface ActorTimeline {
  readonly actorId: string;
  /** The index's shared numbering and scratch, which its folds use. */
  readonly workspace: IndexWorkspace;
  /**
   * What was applied since the timeline was last read, in log order: new
   * facts and reorderings, which `refresh` places before anything is read.
   * Placing one (shifting facts, days and positions, noting when it was
   * recorded) touches half a dozen of the actor's arrays; placed one event
   * at a time, among 5,000 actors, nearly every one of those touches missed
   * the cache, while an actor's batch is placed with its arrays at hand.
   */
  readonly pending: (FactRecord | Reordering)[];
  /** Every fact first recorded on this timeline, in log order (placed ones only). */
  readonly factRecords: FactRecord[];
  readonly facts: Fact[];
  /** days[i] and positions[i]: facts[i]'s placed day and log position (see `timeline-order.ts`). */
  readonly days: number[];
  readonly positions: number[];
  readonly states: ActorState[];
  /** barrings[i]: what states[i]'s measures bar, per vendor (shared while the measures are). */
  readonly barrings: ActorBarring[];
  /**
   * changes[i]: the status changes facts[i] caused. Derived only when a query
   * asks (regressions, an actor's timeline), by stepping again from
   * states[i - 1]: the build does not pay for describing every change.
   * Holds a valid prefix of the timeline.
   */
  readonly changes: (readonly StatusChange[])[];
  /** States are valid for timeline indices below this. */
  validUpTo: number;
  /** Per event that changed this timeline, in log order: when it was recorded and the earliest day it touched. */
  readonly recordTimes: number[];
  readonly touchDays: number[];
  /** suffixMinTouch[i]: the earliest day touched by records i.. (valid when `suffixValid`). */
  suffixMinTouch: number[];
  suffixValid: boolean;
  older: OlderView | undefined;
  /** The market whose precomputed barring this actor's timeline feeds, if any (set by the index). */
  market: MarketTimeline | undefined;
}

export function newActorTimeline(actorId: string, workspace: IndexWorkspace): ActorTimeline {
  return {
    actorId,
    workspace,
    pending: [],
    factRecords: [],
    facts: [],
    days: [],
    positions: [],
    states: [],
    barrings: [],
    changes: [],
    validUpTo: 0,
    recordTimes: [],
    touchDays: [],
    suffixMinTouch: [],
    suffixValid: true,
    older: undefined,
    market: undefined,
  };
}

/** Queues an applied fact or reordering for `refresh`; whether the timeline was up to date before. */
export function enqueue(timeline: ActorTimeline, entry: FactRecord | Reordering): boolean {
  timeline.pending.push(entry);
  return timeline.pending.length === 1;
}

function addTouchRecord(timeline: ActorTimeline, recordedAtMs: number, touchDay: number): void {
  timeline.recordTimes.push(recordedAtMs);
  timeline.touchDays.push(touchDay);
  timeline.suffixValid = false;
  timeline.older = undefined;
}

/** Places the pending entries in log order, as `apply` would have placed each at once. */
export function placePending(timeline: ActorTimeline): void {
  const { pending } = timeline;
  if (pending.length === 0) return;
  for (const entry of pending) {
    if (entry instanceof Reordering) {
      if (entry.replacement === null) removeFact(timeline, entry.current);
      else replaceFact(timeline, entry.current, entry.replacement);
      addTouchRecord(timeline, entry.recordedAtMs, entry.touchDay);
    } else {
      timeline.factRecords.push(entry);
      insertFact(timeline, entry);
      addTouchRecord(timeline, entry.recordedAtMs, entry.day);
    }
  }
  pending.length = 0;
}

/** Places what was applied and refolds whatever changed since the last query. */
export function refresh(timeline: ActorTimeline): void {
  placePending(timeline);
  const { facts, states, barrings, changes } = timeline;
  if (timeline.validUpTo < facts.length || states.length !== facts.length) {
    const from = timeline.validUpTo;
    let state = from > 0 ? (states[from - 1] as ActorState) : emptyActorState(timeline.actorId);
    const tracker = new BarringTracker(states[from - 1], barrings[from - 1], timeline.workspace);
    states.length = facts.length;
    barrings.length = facts.length;
    if (changes.length > from) changes.length = from;
    for (let index = from; index < facts.length; index += 1) {
      state = nextActorState(state, facts[index] as Fact);
      states[index] = state;
      barrings[index] = tracker.next(state);
    }
  }
  timeline.validUpTo = facts.length;
}

/** The earliest day touched by the events from the `record`th on: only older views ask, so it is derived then. */
function earliestTouchFrom(timeline: ActorTimeline, record: number): number {
  if (!timeline.suffixValid) {
    const { touchDays } = timeline;
    const suffix = new Array<number>(touchDays.length);
    let min = Number.POSITIVE_INFINITY;
    for (let index = touchDays.length - 1; index >= 0; index -= 1) {
      min = Math.min(min, touchDays[index] as number);
      suffix[index] = min;
    }
    timeline.suffixMinTouch = suffix;
    timeline.suffixValid = true;
  }
  return timeline.suffixMinTouch[record] as number;
}

/**
 * The changes caused by the first `end` of `facts`, derived where not kept yet
 * by stepping again from the state before each (`base` before the first).
 */
function changesBefore(
  facts: readonly Fact[],
  states: readonly ActorState[],
  changes: (readonly StatusChange[])[],
  base: ActorState,
  end: number,
): (readonly StatusChange[])[] {
  for (let index = changes.length; index < end; index += 1) {
    const before = index > 0 ? (states[index - 1] as ActorState) : base;
    changes.push(stepActor(before, facts[index] as Fact).changes);
  }
  return changes.slice(0, end);
}

/** The state at `asOfDay` with everything applied (`undefined`: no fact in effect yet). */
export function latestStateAt(timeline: ActorTimeline, asOfDay: number): ActorState | undefined {
  refresh(timeline);
  const index = upperBound(timeline.days, asOfDay) - 1;
  return index < 0 ? undefined : timeline.states[index];
}

/** Where the state at (asOfDay, knownAtMs) is kept, so a caller can read it and its summary. */
export interface StateSlot {
  readonly states: readonly ActorState[];
  readonly barrings: readonly ActorBarring[];
  readonly index: number;
}

/** What a fact said at `knownAtMs` (`null`: retracted or not yet recorded). */
export function versionAt(record: FactRecord, knownAtMs: number, monotonic: boolean): Fact | null {
  if (!monotonic) return versionAtUnordered(versionsOf(record), knownAtMs);
  const { later } = record;
  if (later !== undefined) {
    for (let index = later.length - 1; index >= 0; index -= 1) {
      const version = later[index] as FactVersion;
      if (version.recordedAtMs <= knownAtMs) return version.fact;
    }
  }
  return record.recordedAtMs <= knownAtMs ? record : null;
}

/**
 * When recordedAt goes backwards in the log, a correction can be known while
 * its target is not, or before an earlier correction. Then the changes known
 * at knownAt are re-applied in log order, each to the fact as it stood.
 */
function versionAtUnordered(versions: readonly FactVersion[], knownAtMs: number): Fact | null {
  const [original, ...changes] = versions;
  if (original === undefined || original.recordedAtMs > knownAtMs) return null;
  let fact: Fact | null = original.fact;
  for (const version of changes) {
    if (fact === null) break;
    if (version.recordedAtMs > knownAtMs || version.change === undefined) continue;
    fact =
      version.change === 'retracted'
        ? null
        : correctedFact(fact, version.change.data, version.change.correctionId);
  }
  return fact;
}

/**
 * The timeline as known at an older `knownAtMs`. Everything before the
 * divergence day (the earliest day touched by an event recorded after
 * knownAt) is the same as in the latest view, so only the rest is refolded,
 * from the latest view's state just before that day. The last such view is
 * kept, so a series of queries at one knownAt refolds once per actor.
 *
 * Needs recordedAt non-decreasing in log order; `monotonic` false falls back
 * to refolding the whole actor.
 */
export function olderView(
  timeline: ActorTimeline,
  knownAtMs: number,
  monotonic: boolean,
): OlderView | undefined {
  refresh(timeline);
  const firstHidden = monotonic ? upperBound(timeline.recordTimes, knownAtMs) : 0;
  if (monotonic && firstHidden === timeline.recordTimes.length) return undefined;
  if (monotonic && timeline.older?.firstHiddenRecord === firstHidden) return timeline.older;
  const divergenceDay = monotonic
    ? earliestTouchFrom(timeline, firstHidden)
    : Number.NEGATIVE_INFINITY;
  const sharedPrefix = lowerBound(timeline.days, divergenceDay);

  const facts: Fact[] = [];
  for (const record of timeline.factRecords) {
    const fact = versionAt(record, knownAtMs, monotonic);
    if (fact !== null && fact.day >= divergenceDay) facts.push(fact);
  }
  facts.sort(compareFacts);
  const view: OlderView = {
    firstHiddenRecord: firstHidden,
    divergenceDay,
    sharedPrefix,
    days: facts.map((fact) => fact.day),
    facts,
    states: [],
    barrings: [],
    changes: [],
    base:
      sharedPrefix > 0
        ? (timeline.states[sharedPrefix - 1] as ActorState)
        : emptyActorState(timeline.actorId),
    tracker: new BarringTracker(
      timeline.states[sharedPrefix - 1],
      timeline.barrings[sharedPrefix - 1],
      timeline.workspace,
    ),
  };
  if (monotonic) timeline.older = view;
  return view;
}

/** Folds the view's states as far as its first `end` facts. */
function foldOlder(view: OlderView, end: number): void {
  const { facts, states } = view;
  let state = states.length > 0 ? (states[states.length - 1] as ActorState) : view.base;
  for (let index = states.length; index < end; index += 1) {
    state = nextActorState(state, facts[index] as Fact);
    states.push(state);
  }
}

/** Summarises the view's states as far as its first `end` facts (folded already). */
function summariseOlder(view: OlderView, end: number): void {
  const { states, barrings, tracker } = view;
  for (let index = barrings.length; index < end; index += 1)
    barrings.push(tracker.next(states[index] as ActorState));
}

/** The state at (asOfDay, knownAtMs). */
export function stateAt(
  timeline: ActorTimeline,
  asOfDay: number,
  knownAtMs: number | undefined,
  monotonic: boolean,
): ActorState | undefined {
  const slot = slotAt(timeline, asOfDay, knownAtMs, monotonic, false);
  return slot === undefined ? undefined : slot.states[slot.index];
}

/**
 * Where the state at (asOfDay, knownAtMs) is kept (`undefined`: no fact in
 * effect yet); its barring summary too when `withBarrings`.
 */
export function slotAt(
  timeline: ActorTimeline,
  asOfDay: number,
  knownAtMs: number | undefined,
  monotonic: boolean,
  withBarrings: boolean,
): StateSlot | undefined {
  const view = knownAtMs === undefined ? undefined : olderView(timeline, knownAtMs, monotonic);
  if (view === undefined || asOfDay < view.divergenceDay) {
    refresh(timeline);
    const index = upperBound(timeline.days, asOfDay) - 1;
    return index < 0 ? undefined : { states: timeline.states, barrings: timeline.barrings, index };
  }
  const index = upperBound(view.days, asOfDay) - 1;
  if (index >= 0) {
    foldOlder(view, index + 1);
    if (withBarrings) summariseOlder(view, index + 1);
    return { states: view.states, barrings: view.barrings, index };
  }
  return view.sharedPrefix > 0
    ? { states: timeline.states, barrings: timeline.barrings, index: view.sharedPrefix - 1 }
    : undefined;
}

/** Facts in effect at (asOfDay, knownAtMs) in timeline order, with the changes each caused. */
export function historyAt(
  timeline: ActorTimeline,
  asOfDay: number,
  knownAtMs: number | undefined,
  monotonic: boolean,
): { facts: Fact[]; changes: StatusChange[] } {
  refresh(timeline);
  const view = knownAtMs === undefined ? undefined : olderView(timeline, knownAtMs, monotonic);
  const latestEnd = upperBound(timeline.days, asOfDay);
  const sharedEnd = view === undefined ? latestEnd : Math.min(view.sharedPrefix, latestEnd);
  const facts = timeline.facts.slice(0, sharedEnd);
  const changes = changesBefore(
    timeline.facts,
    timeline.states,
    timeline.changes,
    emptyActorState(timeline.actorId),
    sharedEnd,
  ).flat();
  if (view !== undefined) {
    const end = upperBound(view.days, asOfDay);
    foldOlder(view, end);
    facts.push(...view.facts.slice(0, end));
    changes.push(...changesBefore(view.facts, view.states, view.changes, view.base, end).flat());
  }
  return { facts, changes };
}
