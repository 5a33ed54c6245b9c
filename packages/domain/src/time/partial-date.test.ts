import { describe, expect, it } from 'vitest';
import { isPartialDate, placeOnTimeline, placedDayNumber, precisionOf } from './partial-date.js';
import { dayFromNumber } from './day.js';
import { instantMillis, isInstant } from './instant.js';

describe('partial dates', () => {
  it('tells the precision from the form', () => {
    expect(precisionOf('2020')).toBe('year');
    expect(precisionOf('2020-11')).toBe('month');
    expect(precisionOf('2020-11-10')).toBe('day');
    expect(precisionOf('2020-13')).toBeUndefined();
    expect(precisionOf('2020-02-30')).toBeUndefined();
    expect(isPartialDate('20')).toBe(false);
  });

  it('places a month or a year at the end of its period', () => {
    expect(placeOnTimeline('2020-11')).toBe('2020-11-30');
    expect(placeOnTimeline('2024-02')).toBe('2024-02-29');
    expect(placeOnTimeline('2020')).toBe('2020-12-31');
    expect(placeOnTimeline('2020-11-10')).toBe('2020-11-10');
  });

  it('refuses to place what is not a date', () => {
    expect(() => placeOnTimeline('late 2020')).toThrow(RangeError);
    for (const text of [
      '',
      '202',
      '20201',
      '2020-1',
      '2020-00',
      '2020-13',
      '2021-02-29',
      '2020-11-31',
      '2020-11-1',
      '2020/11',
      '2020-11-100',
      '２０２０',
    ])
      expect(() => placedDayNumber(text), text).toThrow(RangeError);
  });

  it('places every day, month and year the same way the calendar functions do', () => {
    for (let year = 1999; year <= 2001; year += 1) {
      expect(dayFromNumber(placedDayNumber(String(year)))).toBe(`${year}-12-31`);
      for (let month = 1; month <= 12; month += 1) {
        const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
        for (let day = 1; day <= 31; day += 1) {
          const text = `${yearMonth}-${String(day).padStart(2, '0')}`;
          if (precisionOf(text) === 'day') expect(dayFromNumber(placedDayNumber(text))).toBe(text);
          else expect(() => placedDayNumber(text)).toThrow(RangeError);
        }
        expect(placedDayNumber(yearMonth)).toBe(placedDayNumber(placeOnTimeline(yearMonth)));
      }
    }
  });
});

describe('instants', () => {
  it('accepts only UTC ISO timestamps', () => {
    expect(isInstant('2024-05-01T12:00:00.000Z')).toBe(true);
    expect(isInstant('2024-05-01T12:00:00Z')).toBe(true);
    expect(isInstant('2024-05-01T12:00:00+02:00')).toBe(false);
    expect(isInstant('2024-05-01')).toBe(false);
    expect(instantMillis('1970-01-01T00:00:01.000Z')).toBe(1000);
    expect(() => instantMillis('yesterday')).toThrow(RangeError);
  });
});
