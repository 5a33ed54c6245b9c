import { monthOrdinal, type Day } from '../time/day.ts';

/** One value of a monthly series, at the end of its month. */
export interface TrendPoint {
  period: Day;
  value: number | null;
}

export interface TimelineMarker {
  day: Day;
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
