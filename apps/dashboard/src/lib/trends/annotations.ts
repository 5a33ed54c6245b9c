import type { CommitmentChange, LedgerEvent } from '../api/types.ts';
import { periodOf } from '../dating/period.ts';
import { endOfMonth, formatMonth, type Day } from '../time/day.ts';
import type { ShadedPeriod, TimelineMarker } from './model.ts';

/**
 * Where a partial date sits on the timeline: a month or a year takes effect
 * at its end, as the ledger places it (docs/event-model.md, Dates).
 */
export function placePartialDate(partial: string): Day {
  if (/^\d{4}$/.test(partial)) return `${partial}-12-31`;
  if (/^\d{4}-\d{2}$/.test(partial)) return endOfMonth(`${partial}-01`);
  return partial.slice(0, 10);
}

type NameOf = (actorId: string) => string;

const afterLabels: Record<string, string> = {
  reversed: 'reverses',
  weakened: 'weakens',
  suspended: 'suspended',
  lifted: 'lifted',
};

/** "Brazil reverses (2021)"; a month-precision change names its month, "(Mar 2021)". */
export function regressionLabel(change: CommitmentChange, nameOf: NameOf): string {
  const name = nameOf(change.actorId);
  const verb = afterLabels[change.after] ?? `${change.before} → ${change.after}`;
  const when =
    change.effectivePrecision === 'month'
      ? formatMonth(change.effectiveOn)
      : change.effectiveOn.slice(0, 4);
  return `${name} ${verb} (${when})`;
}

/** A marker per regression; one dated only to a month or a year spans that period. */
export function regressionMarkers(
  changes: readonly CommitmentChange[],
  nameOf: NameOf,
): TimelineMarker[] {
  return changes.map((change) => {
    const period = periodOf(change.effectiveOn, change.effectivePrecision);
    return {
      day: change.effectiveOn,
      ...(change.effectivePrecision === 'day' ? {} : { from: period.from }),
      label: regressionLabel(change, nameOf),
      kind: 'regression',
      actorId: change.actorId,
    };
  });
}

interface MeasureData {
  scopes?: { measure?: { kind?: string; deadline?: string } }[];
}

function removalDeadline(event: LedgerEvent): string | null {
  const deadlines = ((event.data as MeasureData).scopes ?? [])
    .map((scope) => (scope.measure?.kind === 'removal' ? scope.measure.deadline : undefined))
    .filter((deadline): deadline is string => typeof deadline === 'string')
    .map(placePartialDate)
    .sort();
  return deadlines.at(-1) ?? null;
}

/** Bans are the milestones; a ban or exclusion with a removal deadline also shades its phase-out. */
export function measureAnnotations(
  events: readonly LedgerEvent[],
  nameOf: NameOf,
): { markers: TimelineMarker[]; periods: ShadedPeriod[] } {
  const markers: TimelineMarker[] = [];
  const periods: ShadedPeriod[] = [];
  for (const event of events) {
    const from = placePartialDate(event.effectiveAt);
    const name = nameOf(event.subject);
    if (event.type === 'BanEnacted') {
      markers.push({ day: from, label: `${name} ban`, kind: 'milestone', actorId: event.subject });
    }
    if (event.type !== 'BanEnacted' && event.type !== 'VendorsExcluded') continue;
    const deadline = removalDeadline(event);
    if (deadline !== null && deadline > from) {
      periods.push({ from, to: deadline, label: `${name} phase-out to ${deadline.slice(0, 4)}` });
    }
  }
  return { markers, periods };
}
