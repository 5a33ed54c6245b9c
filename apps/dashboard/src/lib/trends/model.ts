import { monthOrdinal, type Day } from '../time/day.ts';

/** One value of a monthly series, at the end of its month. */
export interface TrendPoint {
  period: Day;
  value: number | null;
}

export interface TimelineMarker {
  day: Day;
  /**
   * The first day of the period the source dates the event to, when it gives
   * only a month or a year; `day` is then the period's end, where the ledger
   * places it. Drawn as a span rather than a line on a day nobody named.
   */
  from?: Day;
  label: string;
  kind: 'milestone' | 'regression';
  actorId?: string;
}

/** A span drawn as a band, e.g. a phase-out from its decision to its deadline. */
export interface ShadedPeriod {
  from: Day;
  to: Day;
  label: string;
}

/** Position of a day on a monthly category axis that starts at `first`. */
export function monthIndex(first: Day, day: Day): number {
  return monthOrdinal(day) - monthOrdinal(first);
}

/** The points up to and including the month of `date`: what a replay shows. */
export function pointsUpTo(points: readonly TrendPoint[], date: Day): TrendPoint[] {
  const last = monthOrdinal(date);
  return points.filter((point) => monthOrdinal(point.period) <= last);
}

/** Markers that fall on the same day and are of one kind, drawn as one line with a label per line. */
export interface MarkerGroup {
  day: Day;
  from?: Day;
  kind: TimelineMarker['kind'];
  lines: string[];
}

/** Countries first, so the story's reversals lead a label shared with operators. */
function countryFirst(a: TimelineMarker, b: TimelineMarker): number {
  const rank = (marker: TimelineMarker) => (marker.actorId?.includes(':') ? 1 : 0);
  return rank(a) - rank(b);
}

export function groupMarkers(markers: readonly TimelineMarker[]): MarkerGroup[] {
  const groups = new Map<string, TimelineMarker[]>();
  for (const marker of markers) {
    const key = `${marker.kind}@${marker.from ?? ''}..${marker.day}`;
    groups.set(key, [...(groups.get(key) ?? []), marker]);
  }
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort(countryFirst);
    const first = sorted[0]!;
    return {
      day: first.day,
      ...(first.from === undefined ? {} : { from: first.from }),
      kind: first.kind,
      lines: sorted.map((marker) => marker.label),
    };
  });
}
