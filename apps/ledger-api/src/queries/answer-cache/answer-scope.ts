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

/** What the events applied since the last check touched, folded together (conservatively). */
export interface AppliedSummary {
  /** The earliest placed day any of them touched. */
  minDay: number;
  /** The earliest recordedAt among them. */
  minRecordedAtMs: number;
  readonly actors: Set<string>;
  /** An event about an actor the ledger had no event about before. */
  newActor: boolean;
  /** A correction or retraction: it moves another event, so every day and actor may change. */
  everything: boolean;
}

export function emptySummary(): AppliedSummary {
  return {
    minDay: Number.POSITIVE_INFINITY,
    minRecordedAtMs: Number.POSITIVE_INFINITY,
    actors: new Set(),
    newActor: false,
    everything: false,
  };
}

export function isEmptySummary(summary: AppliedSummary): boolean {
  return summary.minRecordedAtMs === Number.POSITIVE_INFINITY && !summary.newActor;
}

/** Folds one applied event into the summary; `isNewActor` says whether its subject is new. */
export function addToSummary(
  summary: AppliedSummary,
  event: LedgerEvent,
  isNewActor: boolean,
): void {
  summary.minRecordedAtMs = Math.min(summary.minRecordedAtMs, instantMillis(event.recordedAt));
  summary.actors.add(event.subject);
  if (isNewActor) summary.newActor = true;
  if (!isFactType(event.type)) {
    summary.everything = true;
    return;
  }
  let day: number;
  try {
    day = placedDayNumber(event.effectiveAt);
  } catch {
    summary.everything = true;
    return;
  }
  summary.minDay = Math.min(summary.minDay, day);
}

/** Whether the events folded into `summary` may have changed an answer of this scope. */
export function mayChange(scope: AnswerScope, summary: AppliedSummary): boolean {
  if (scope.kind === 'immutable') return false;
  // The actor list ignores dates and knownAt: a new actor joins it whatever its event says.
  if (scope.kind === 'as-of' && scope.listsActors && summary.newActor) return true;
  if (scope.knownAtMs !== undefined && summary.minRecordedAtMs > scope.knownAtMs) return false;
  if (scope.kind === 'log-tail' || summary.everything) return true;
  if (scope.actor !== undefined && !summary.actors.has(scope.actor)) return false;
  return summary.minDay <= scope.untilDay;
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
