/*
 * Latest-knowledge membership. Every actor's committed stretches [from, until)
 * in answer order (join day, then the pledge's log position, which is unique),
 * as parallel arrays by stretch k: froms[k], untils[k] (Float64Array),
 * states[k] (the stretch's first state) and parts[k] (its answer entry,
 * prepared once). `IntervalBuckets` lists, per bucket of days, the stretches
 * overlapping it in answer order. Invariant: from < until for every stretch,
 * and the arrays are rebuilt together whenever a stale actor's stretches are
 * merged back in.
 */

import {
  type ActorState,
  byJoinOrder,
  committedEntryParts,
  type CommittedEntryParts,
  isCommitted,
  type ReferenceIndex,
} from '@cleannet/domain';
import { refresh, type ActorTimeline } from './actor-timeline.js';
import { IntervalBuckets } from './interval-buckets.js';

/**
 * A stretch of days [from, until) over which an actor is committed and
 * everything the membership answer says about it (status, join day and
 * event, name) stays the same: `state` is the first state of the stretch.
 */
interface CommitmentRun {
  readonly timeline: ActorTimeline;
  readonly state: ActorState;
  readonly from: number;
  readonly until: number;
  /** What the answer says about the actor that does not depend on asOf, prepared once. */
  readonly parts: CommittedEntryParts;
}

function sameMembership(a: ActorState, b: ActorState): boolean {
  return (
    a.commitment === b.commitment &&
    a.joinDay === b.joinDay &&
    a.joinPosition === b.joinPosition &&
    a.joinEventId === b.joinEventId &&
    a.name === b.name
  );
}

/**
 * An actor's committed stretches for the latest knowledge. The state on a
 * day is the one after its last fact, so a stretch that ends on the day it
 * starts is never seen and is left out.
 */
function runsOf(timeline: ActorTimeline, reference: ReferenceIndex): CommitmentRun[] {
  refresh(timeline);
  const { states, days } = timeline;
  const runs: CommitmentRun[] = [];
  let start = -1;
  for (let index = 0; index <= states.length; index += 1) {
    const state = states[index];
    if (start >= 0) {
      const first = states[start] as ActorState;
      if (state !== undefined && sameMembership(first, state)) continue;
      const from = days[start] as number;
      const until = state === undefined ? Infinity : (days[index] as number);
      if (from < until)
        runs.push({
          timeline,
          state: first,
          from,
          until,
          parts: committedEntryParts(first, reference),
        });
      start = -1;
    }
    if (state !== undefined && isCommitted(state.commitment)) start = index;
  }
  return runs;
}

function byRunOrder(a: CommitmentRun, b: CommitmentRun): number {
  return byJoinOrder(a.state, b.state);
}

/**
 * Every actor's committed stretches in the order the membership answer lists
 * them (join day, then the pledge's log position), with their days in flat
 * arrays: the committed actors on a day are the stretches that contain it,
 * read from the day's bucket (`IntervalBuckets`) in one pass, without
 * visiting every actor or sorting per query.
 */
export class CommitmentRuns {
  private runs: CommitmentRun[] = [];
  private froms = new Float64Array(0);
  private untils = new Float64Array(0);
  /** Each stretch's first state and entry parts, by position: a query reads these, not the stretches. */
  private states: ActorState[] = [];
  private parts: CommittedEntryParts[] = [];
  private buckets = IntervalBuckets.build(this.froms, this.untils);
  private readonly stale = new Set<ActorTimeline>();

  constructor(private readonly reference: ReferenceIndex) {}

  /** The timeline's facts changed: its stretches are recomputed at the next query. */
  markStale(timeline: ActorTimeline): void {
    this.stale.add(timeline);
  }

  /** Recomputes the stretches of the actors that changed. */
  update(): void {
    if (this.stale.size === 0) return;
    const stale = this.stale;
    const fresh: CommitmentRun[] = [];
    for (const timeline of stale) fresh.push(...runsOf(timeline, this.reference));
    fresh.sort(byRunOrder);
    const kept = this.runs.filter((run) => !stale.has(run.timeline));
    this.runs = mergeRuns(kept, fresh);
    stale.clear();
    const count = this.runs.length;
    this.froms = new Float64Array(count);
    this.untils = new Float64Array(count);
    this.states = new Array<ActorState>(count);
    this.parts = new Array<CommittedEntryParts>(count);
    for (let index = 0; index < count; index += 1) {
      const run = this.runs[index] as CommitmentRun;
      this.froms[index] = run.from;
      this.untils[index] = run.until;
      this.states[index] = run.state;
      this.parts[index] = run.parts;
    }
    this.buckets = IntervalBuckets.build(this.froms, this.untils);
  }

  /** The committed actors on `day`, in join order, with what the answer needs about each. */
  committedOn(day: number): { states: ActorState[]; parts: CommittedEntryParts[] } {
    this.update();
    const { froms, untils } = this;
    const candidates = this.buckets.candidatesOf(day);
    const contains = (index: number): boolean =>
      (froms[index] as number) <= day && day < (untils[index] as number);
    // Counted first so that the arrays are allocated once, at their size: a query allocates little else.
    let count = 0;
    for (let at = 0; at < candidates.length; at += 1)
      if (contains(candidates[at] as number)) count += 1;
    const states = new Array<ActorState>(count);
    const parts = new Array<CommittedEntryParts>(count);
    let filled = 0;
    for (let at = 0; at < candidates.length; at += 1) {
      const index = candidates[at] as number;
      if (contains(index)) {
        states[filled] = this.states[index] as ActorState;
        parts[filled] = this.parts[index] as CommittedEntryParts;
        filled += 1;
      }
    }
    return { states, parts };
  }
}

function mergeRuns(a: readonly CommitmentRun[], b: readonly CommitmentRun[]): CommitmentRun[] {
  if (a.length === 0) return b.slice();
  const merged: CommitmentRun[] = new Array<CommitmentRun>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as CommitmentRun;
    const y = b[j] as CommitmentRun;
    if (byRunOrder(y, x) < 0) {
      merged[k++] = y;
      j += 1;
    } else {
      merged[k++] = x;
      i += 1;
    }
  }
  while (i < a.length) merged[k++] = a[i++] as CommitmentRun;
  while (j < b.length) merged[k++] = b[j++] as CommitmentRun;
  return merged;
}
