import { mayChange, type AnswerScope, type AppliedEvent } from './answer-scope.js';

/** Events per summarised block: a plain as-of scope is checked a block at a time. */
const BLOCK = 64;

/**
 * The events applied since some generation, for checking cached answers
 * against them. Each block of 64 also keeps the earliest day any of its
 * events touched and whether one named a new actor, so that the common
 * check, an as-of answer at the latest knowledge (membership, exposure,
 * regressions, actors, trends), reads one summary per block instead of
 * every event: under a steady stream of appends an answer read every few
 * seconds has hundreds of events to be checked against.
 */
export interface ChangeJournal {
  push(applied: AppliedEvent): void;
  /** The generation of the oldest event kept; older answers can no longer be checked. */
  readonly start: number;
  /** The generation after the newest event. */
  readonly end: number;
  /** Whether an event from generation `from` (>= start) on may change an answer of this scope. */
  mayChangeSince(scope: AnswerScope, from: number): boolean;
}

export function createChangeJournal(options: { keep: number }): ChangeJournal {
  // Trimmed a whole number of blocks at a time, so blocks stay aligned on generations.
  const keep = Math.max(BLOCK, Math.ceil(options.keep / BLOCK) * BLOCK);
  let events: AppliedEvent[] = [];
  /** Per block: the earliest day a state changed (a correction or retraction: -Infinity). */
  let blockMinDay: number[] = [];
  let blockNewActor: boolean[] = [];
  let start = 0;

  function linear(scope: AnswerScope, from: number, to: number): boolean {
    for (let generation = from; generation < to; generation += 1) {
      if (mayChange(scope, events[generation - start]!)) return true;
    }
    return false;
  }

  return {
    push(applied) {
      const generation = start + events.length;
      const block = Math.floor(events.length / BLOCK);
      // The summaries serve answers of every actor built from states: an event that changed no state cannot reach them.
      const day = !applied.statesChanged
        ? Number.POSITIVE_INFINITY
        : applied.everything
          ? Number.NEGATIVE_INFINITY
          : applied.day;
      if (generation % BLOCK === 0) {
        blockMinDay.push(day);
        blockNewActor.push(applied.newActor);
      } else {
        blockMinDay[block] = Math.min(blockMinDay[block]!, day);
        blockNewActor[block] = blockNewActor[block]! || applied.newActor;
      }
      events.push(applied);
      if (events.length >= 2 * keep) {
        events = events.slice(keep);
        blockMinDay = blockMinDay.slice(keep / BLOCK);
        blockNewActor = blockNewActor.slice(keep / BLOCK);
        start += keep;
      }
    },
    get start() {
      return start;
    },
    get end() {
      return start + events.length;
    },
    mayChangeSince(scope, from) {
      const end = start + events.length;
      if (from >= end || scope.kind === 'immutable') return false;
      if (scope.kind !== 'as-of' || scope.knownAtMs !== undefined || scope.actor !== undefined) {
        return linear(scope, from, end);
      }
      let generation = from;
      while (generation < end) {
        if (generation % BLOCK === 0 && generation + BLOCK <= end) {
          const block = (generation - start) / BLOCK;
          if (blockMinDay[block]! <= scope.untilDay) return true;
          if (scope.listsActors && blockNewActor[block]) return true;
          generation += BLOCK;
        } else {
          const next = Math.min(end, (Math.floor(generation / BLOCK) + 1) * BLOCK);
          if (linear(scope, generation, next)) return true;
          generation = next;
        }
      }
      return false;
    },
  };
}
