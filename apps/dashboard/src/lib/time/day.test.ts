import { describe, expect, it } from 'vitest';
import { addMonths, clampDay, formatReadableDay, isDay, monthOrdinal, todayUtc } from './day.ts';

describe('addMonths', () => {
  it('keeps the day of the month when the target month has it', () => {
    expect(addMonths('2020-11-10', 1)).toBe('2020-12-10');
    expect(addMonths('2020-11-10', -11)).toBe('2019-12-10');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2021-01-30', 1)).toBe('2021-02-28');
    expect(addMonths('2020-01-30', 1)).toBe('2020-02-29');
  });

  it('keeps a month end a month end, so steps do not drift', () => {
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2021-02-28', 1)).toBe('2021-03-31');
    expect(addMonths('2021-04-30', -2)).toBe('2021-02-28');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2019-12-15', 1)).toBe('2020-01-15');
    expect(addMonths('2020-01-15', -1)).toBe('2019-12-15');
    expect(addMonths('2020-06-15', 24)).toBe('2022-06-15');
  });
});

describe('isDay', () => {
  it('accepts real calendar days only', () => {
    expect(isDay('2020-02-29')).toBe(true);
    expect(isDay('2021-02-29')).toBe(false);
    expect(isDay('2021-13-01')).toBe(false);
    expect(isDay('2021-1-01')).toBe(false);
    expect(isDay('yesterday')).toBe(false);
  });
});

it('measures month distances by ordinal', () => {
  expect(monthOrdinal('2021-03-01') - monthOrdinal('2018-01-31')).toBe(38);
});

it('clamps a day into a range', () => {
  expect(clampDay('2017-05-01', '2018-01-01', '2024-01-01')).toBe('2018-01-01');
  expect(clampDay('2030-05-01', '2018-01-01', '2024-01-01')).toBe('2024-01-01');
  expect(clampDay('2020-05-01', '2018-01-01', '2024-01-01')).toBe('2020-05-01');
});

it('reads today in UTC', () => {
  expect(todayUtc(new Date('2024-03-31T23:30:00-02:00'))).toBe('2024-04-01');
});

it('formats a day for people and screen readers', () => {
  expect(formatReadableDay('2020-11-10')).toBe('10 November 2020');
});
