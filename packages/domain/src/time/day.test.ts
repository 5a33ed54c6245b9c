import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dayFromNumber,
  dayNumber,
  daysBetween,
  endOfMonthAfter,
  isValidDay,
  partsFromDayNumber,
  dayNumberFromParts,
} from './day.js';

describe('day numbers', () => {
  it('counts from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2020-11-30')).toBe(18596);
    expect(dayFromNumber(-1)).toBe('1969-12-31');
  });

  it('agrees with the platform calendar for any date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const platform = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(dayFromNumber(n)).toBe(platform);
        expect(dayNumber(platform)).toBe(n);
      }),
    );
  });

  it('round-trips civil parts', () => {
    expect(partsFromDayNumber(dayNumberFromParts(2024, 2, 29))).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it('rejects days that are not on the calendar', () => {
    expect(isValidDay('2021-02-29')).toBe(false);
    expect(isValidDay('2020-02-29')).toBe(true);
    expect(isValidDay('2020-13-01')).toBe(false);
    expect(isValidDay('2020-1-01')).toBe(false);
    expect(() => dayNumber('2020-04-31')).toThrow(RangeError);
  });

  it('does day arithmetic', () => {
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(daysBetween('2020-11-10', '2021-01-27')).toBe(78);
  });

  it('finds month ends a number of months ahead', () => {
    expect(endOfMonthAfter('2020-01-15', 0)).toBe('2020-01-31');
    expect(endOfMonthAfter('2020-01-15', 1)).toBe('2020-02-29');
    expect(endOfMonthAfter('2020-11-30', 3)).toBe('2021-02-28');
    expect(endOfMonthAfter('2020-03-31', -3)).toBe('2019-12-31');
  });
});
