import {
  dayNumber,
  instantMillis,
  isFactType,
  placedDayNumber,
  type LedgerEvent,
} from '@cleannet/domain';

/**
 * What a cached answer read, so an applied event can tell whether it may
 * have changed it. The rules follow the bitemporal index: the state at
 * (asOf, knownAt) is built from facts placed on or before asOf and recorded
 * at or before knownAt, so an event placed after asOf, or recorded after
 * knownAt, leaves it as it was.
 */
export type AnswerScope =
  | {
      readonly kind: 'as-of';
      /** The last day the answer reads (asOf; the last point of a trend), as a day number. */
      readonly untilDay: number;
      /** The knownAt bound in ms; undefined: the latest knowledge (every new event is known). */
      readonly knownAtMs: number | undefined;
      /** Only events about this actor can change it (an actor's timeline). */
      readonly actor?: string;
      /** It lists every actor the ledger has events about, whatever their dates (the actors route). */
      readonly listsActors?: boolean;
    }
  /** A page of the log that was not full: any newly known event may belong on it. */
  | { readonly kind: 'log-tail'; readonly knownAtMs: number | undefined }
  /** A full page of the log: new events go after it, so it never changes. */
  | { readonly kind: 'immutable' };

/** What one applied event can reach. */
export interface AppliedEvent {
  /** The placed day it touched (a correction or retraction: see `everything`). */
  readonly day: number;
  readonly recordedAtMs: number;
  readonly subject: string;
  /** Its subject had no event before: it joins the actor list. */
  readonly newActor: boolean;
  /** A correction or retraction: it moves another event, so every day and actor may change. */
  readonly everything: boolean;
  /**
   * Whether it changed any actor's state (the index's `effectOf`): one that
   * did not (a pledge of an actor already committed) leaves every answer
   * built from states as it was, and changes only its actor's timeline and
   * the log's pages.
   */
  readonly statesChanged: boolean;
}

export function appliedEvent(
  event: LedgerEvent,
  newActor: boolean,
  statesChanged = true,
): AppliedEvent {
  const recordedAtMs = instantMillis(event.recordedAt);
  const base = { recordedAtMs, subject: event.subject, newActor, statesChanged };
  if (!isFactType(event.type)) return { ...base, day: Number.NEGATIVE_INFINITY, everything: true };
  try {
    return { ...base, day: placedDayNumber(event.effectiveAt), everything: false };
  } catch {
    return { ...base, day: Number.NEGATIVE_INFINITY, everything: true };
  }
}

/** Whether this applied event may have changed an answer of this scope. */
export function mayChange(scope: AnswerScope, applied: AppliedEvent): boolean {
  if (scope.kind === 'immutable') return false;
  // The actor list ignores dates and knownAt: a new actor joins it whatever its event says.
  if (scope.kind === 'as-of' && scope.listsActors && applied.newActor) return true;
  if (scope.knownAtMs !== undefined && applied.recordedAtMs > scope.knownAtMs) return false;
  if (scope.kind === 'log-tail') return true;
  if (scope.actor === undefined && !applied.statesChanged) return false;
  if (applied.everything) return true;
  if (scope.actor !== undefined && scope.actor !== applied.subject) return false;
  return applied.day <= scope.untilDay;
}

/** The scope of an answer computed at (asOf, knownAt). */
export function asOfScope(
  query: { readonly asOf: string; readonly knownAt?: string | undefined },
  extra: { readonly actor?: string; readonly listsActors?: boolean } = {},
): AnswerScope {
  return {
    kind: 'as-of',
    untilDay: dayNumber(query.asOf),
    knownAtMs: query.knownAt === undefined ? undefined : instantMillis(query.knownAt),
    ...extra,
  };
}
