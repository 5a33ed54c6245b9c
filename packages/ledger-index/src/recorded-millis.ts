import { dayNumberFromParts, daysInMonth, type Instant, instantMillis } from '@cleannet/domain';

const DAY_MS = 86_400_000;

/** The decimal value of `length` digits at `from`, or -1 if any is not a digit. */
function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let index = from; index < from + length; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * `instantMillis` for the form every stored event has (`toISOString()`:
 * `YYYY-MM-DDTHH:MM:SS.mmmZ`), read digit by digit: `apply` reads one per
 * event, and `Date.parse` was a visible share of it. Anything else, or any
 * field out of range, goes through `instantMillis`, which decides.
 */
export function recordedMillis(instant: Instant): number {
  if (
    instant.length !== 24 ||
    instant.charCodeAt(4) !== 45 || // -
    instant.charCodeAt(7) !== 45 ||
    instant.charCodeAt(10) !== 84 || // T
    instant.charCodeAt(13) !== 58 || // :
    instant.charCodeAt(16) !== 58 ||
    instant.charCodeAt(19) !== 46 || // .
    instant.charCodeAt(23) !== 90 // Z
  )
    return instantMillis(instant);
  const year = digits(instant, 0, 4);
  const month = digits(instant, 5, 2);
  const day = digits(instant, 8, 2);
  const hour = digits(instant, 11, 2);
  const minute = digits(instant, 14, 2);
  const second = digits(instant, 17, 2);
  const milli = digits(instant, 20, 3);
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59 ||
    milli < 0
  )
    return instantMillis(instant);
  return (
    dayNumberFromParts(year, month, day) * DAY_MS +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    milli
  );
}
