import type { CommitmentChange } from '../api/types.ts';
import { formatDated, isWithinPeriodBeforePlacement, placementNote } from '../dating/period.ts';
import type { Day } from '../time/day.ts';

type NameOf = (actorId: string) => string;

/**
 * Changes the source dates only to a month or a year that contains `date`,
 * which the ledger counts from the end of that period, i.e. after `date`.
 * At such a date the figures do not include the change, yet it may already
 * have happened; the overview says so rather than hiding it. Countries
 * first, then by when they are counted.
 */
export function changesDatedAround(
  changes: readonly CommitmentChange[],
  date: Day,
): CommitmentChange[] {
  const country = (change: CommitmentChange) => (change.actorId.includes(':') ? 1 : 0);
  return changes
    .filter((change) =>
      isWithinPeriodBeforePlacement(change.effectiveOn, change.effectivePrecision, date),
    )
    .sort((a, b) => country(a) - country(b) || a.effectiveOn.localeCompare(b.effectiveOn));
}

/** Countries whose reversal is dated within a period around `date`: the map's cue. */
export function reversalsDatedAround(changes: readonly CommitmentChange[], date: Day): Set<string> {
  return new Set(
    changesDatedAround(changes, date)
      .filter((change) => change.dimension === 'commitment' && change.after === 'reversed')
      .map((change) => change.actorId),
  );
}

const commitmentVerbs: Record<string, string> = {
  reversed: 'reversed its commitment',
  weakened: 'weakened its commitment',
  member: 'joined',
  none: 'withdrew its commitment',
};

/** What happened, in words: "reversed its commitment", "suspended measure uk-ban". */
export function changeVerb(change: CommitmentChange): string {
  if (change.dimension === 'commitment') {
    return commitmentVerbs[change.after] ?? `changed its commitment to ${change.after}`;
  }
  const measure = `measure ${change.measureId ?? ''}`.trim();
  return change.after === 'active' ? `reinstated ${measure}` : `${measure}: ${change.after}`;
}

/**
 * What happened and when, after the actor's name: "reversed its commitment
 * in 2021 (month not given by the source; counted from 31 December 2021)".
 */
export function datedWithinPredicate(change: CommitmentChange): string {
  const when = formatDated(change.effectiveOn, change.effectivePrecision);
  const note = placementNote(change.effectiveOn, change.effectivePrecision);
  return `${changeVerb(change)} in ${when}${note ? ` (${note})` : ''}`;
}

/** "Brazil reversed its commitment in 2021 (month not given by the source; …)". */
export function datedWithinSentence(change: CommitmentChange, nameOf: NameOf): string {
  return `${nameOf(change.actorId)} ${datedWithinPredicate(change)}`;
}
