/** A calendar day, `YYYY-MM-DD`, as the ledger's `asOf` parameter takes it. */
export type Day = string;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  year: number;
  month: number; // 1..12
  day: number;
}

function parts(day: Day): Ymd {
  const match = dayPattern.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function format({ year, month, day }: Ymd): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isDay(value: string): value is Day {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Today in UTC, the ledger's clock. */
export function todayUtc(now: Date = new Date()): Day {
  return now.toISOString().slice(0, 10);
}

/** Months since year 0, so that month distances are a subtraction. */
export function monthOrdinal(day: Day): number {
  const { year, month } = parts(day);
  return year * 12 + (month - 1);
}

/**
 * Moves by whole calendar months. A day past the end of the target month is
 * clamped to it, and a month's last day stays a month's last day, so stepping
 * from 31 January goes to 28/29 February and on to 31 March, not 28 March.
 */
export function addMonths(day: Day, months: number): Day {
  const p = parts(day);
  const wasMonthEnd = p.day === daysInMonth(p.year, p.month);
  const ordinal = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(ordinal / 12);
  const month = (ordinal % 12) + 1;
  const last = daysInMonth(year, month);
  return format({ year, month, day: wasMonthEnd ? last : Math.min(p.day, last) });
}

export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

export function clampDay(day: Day, min: Day, max: Day): Day {
  return minDay(maxDay(day, min), max);
}

export function endOfMonth(day: Day): Day {
  const p = parts(day);
  return format({ ...p, day: daysInMonth(p.year, p.month) });
}

const readable = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const readableMonth = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "10 November 2020": what the slider announces and the headings show. */
export function formatReadableDay(day: Day): string {
  return readable.format(new Date(`${day}T00:00:00Z`));
}

/** "Nov 2020": axis and table labels for monthly series. */
export function formatMonth(day: Day): string {
  return readableMonth.format(new Date(`${day}T00:00:00Z`));
}
