import type { DatePrecision } from '../api/types.ts';
import { formatReadableDay, type Day } from '../time/day.ts';

/**
 * The period a source's date stands for. The ledger places a month- or
 * year-precision date at the END of its period (docs/event-model.md, Dates),
 * so `to` is the placed day (`effectiveOn`) and `from` the period's first day.
 */
export interface DatedPeriod {
  from: Day;
  to: Day;
  precision: DatePrecision;
}

export function periodOf(placedOn: Day, precision: DatePrecision): DatedPeriod {
  const from =
    precision === 'year'
      ? `${placedOn.slice(0, 4)}-01-01`
      : precision === 'month'
        ? `${placedOn.slice(0, 7)}-01`
        : placedOn;
  return { from, to: placedOn, precision };
}

const monthName = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The date as precisely as the source gives it: "2021", "November 2021" or "10 November 2020". */
export function formatDated(placedOn: Day, precision: DatePrecision): string {
  if (precision === 'year') return placedOn.slice(0, 4);
  if (precision === 'month') return monthName.format(new Date(`${placedOn}T00:00:00Z`));
  return formatReadableDay(placedOn);
}

/**
 * Why the ledger counts an imprecisely dated change from a day the source did
 * not name, or null when the source names the day.
 */
export function placementNote(placedOn: Day, precision: DatePrecision): string | null {
  if (precision === 'day') return null;
  const missing = precision === 'year' ? 'month' : 'day';
  return `${missing} not given by the source; counted from ${formatReadableDay(placedOn)}`;
}

/** True when `date` falls inside the change's period but before the day it is counted from. */
export function isWithinPeriodBeforePlacement(
  placedOn: Day,
  precision: DatePrecision,
  date: Day,
): boolean {
  if (precision === 'day') return false;
  return periodOf(placedOn, precision).from <= date && date < placedOn;
}
