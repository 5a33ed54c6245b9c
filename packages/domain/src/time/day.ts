/**
 * A `Day` is a calendar date in the proleptic Gregorian calendar, written
 * `YYYY-MM-DD`. Internally the timeline works on day numbers (days since
 * 1970-01-01), which compare and subtract as plain integers.
 */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Inverse of `dayNumberFromParts` (Hinnant's civil_from_days). */
export function partsFromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function isValidDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Day number of a `YYYY-MM-DD` string; throws on anything else. */
export function dayNumber(day: Day): number {
  if (!isValidDay(day)) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  return dayNumberFromParts(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)),
    Number(day.slice(8, 10)),
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function dayFromNumber(dayNumberValue: number): Day {
  const { year, month, day } = partsFromDayNumber(dayNumberValue);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(day: Day, days: number): Day {
  return dayFromNumber(dayNumber(day) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDays(a: Day, b: Day): number {
  return dayNumber(a) - dayNumber(b);
}

/** Last day of the month `months` after the month of `day` (0 = its own month). */
export function endOfMonthAfter(day: Day, months: number): Day {
  const { year, month } = partsFromDayNumber(dayNumber(day));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayFromNumber(
    dayNumberFromParts(targetYear, targetMonth, daysInMonth(targetYear, targetMonth)),
  );
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}
