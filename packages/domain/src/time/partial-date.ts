import { dayNumberFromParts, daysInMonth, dayFromNumber, isValidDay, type Day } from './day.js';

/** A date at the precision a source gives: `2020`, `2020-11` or `2020-11-10`. */
export type PartialDate = string;
export type Precision = 'year' | 'month' | 'day';

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The precision a partial date is written at, or `undefined` if it is not one. */
export function precisionOf(text: string): Precision | undefined {
  if (YEAR.test(text)) return 'year';
  const month = MONTH.exec(text);
  if (month) {
    const value = Number(month[2]);
    return value >= 1 && value <= 12 ? 'month' : undefined;
  }
  return isValidDay(text) ? 'day' : undefined;
}

export function isPartialDate(text: string): boolean {
  return precisionOf(text) !== undefined;
}

/**
 * Day number where a partial date sits on the timeline: the last day of its
 * period, so that a replay never claims a fact before the source lets us be
 * sure of it (`2020-11` is placed on 2020-11-30, `2020` on 2020-12-31).
 */
export function placedDayNumber(date: PartialDate): number {
  const placed = placedFromDigits(date);
  return Number.isNaN(placed) ? placeChecked(date) : placed;
}

/** The decimal value of `length` digits at `from`, or NaN if any is not a digit. */
function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let index = from; index < from + length; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
}

/**
 * `placedDayNumber` read digit by digit, without a pattern or a lookup: it
 * runs for every fact the index applies. NaN for anything that is not a valid
 * partial date, which `placeChecked` then refuses with the reason.
 */
function placedFromDigits(date: string): number {
  const year = digits(date, 0, 4);
  if (date.length === 4) return dayNumberFromParts(year, 12, 31);
  if (date.charCodeAt(4) !== 45) return Number.NaN; // -
  const month = digits(date, 5, 2);
  if (!(month >= 1 && month <= 12)) return Number.NaN;
  const last = daysInMonth(year, month);
  if (date.length === 7) return dayNumberFromParts(year, month, last);
  if (date.length !== 10 || date.charCodeAt(7) !== 45) return Number.NaN;
  const day = digits(date, 8, 2);
  return day >= 1 && day <= last ? dayNumberFromParts(year, month, day) : Number.NaN;
}

function placeChecked(date: PartialDate): number {
  const year = Number(date.slice(0, 4));
  switch (precisionOf(date)) {
    case 'year':
      return dayNumberFromParts(year, 12, 31);
    case 'month': {
      const month = Number(date.slice(5, 7));
      return dayNumberFromParts(year, month, daysInMonth(year, month));
    }
    case 'day':
      return dayNumberFromParts(year, Number(date.slice(5, 7)), Number(date.slice(8, 10)));
    case undefined:
      throw new RangeError(`not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): ${date}`);
  }
}

/** `placedDayNumber` as a `YYYY-MM-DD` day. */
export function placeOnTimeline(date: PartialDate): Day {
  return dayFromNumber(placedDayNumber(date));
}
