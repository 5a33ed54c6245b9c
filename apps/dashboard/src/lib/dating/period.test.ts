import { describe, expect, it } from 'vitest';
import { formatDated, isWithinPeriodBeforePlacement, periodOf, placementNote } from './period.ts';

describe('periodOf', () => {
  it('spans a year or a month up to the day the ledger places the change on', () => {
    expect(periodOf('2021-12-31', 'year')).toEqual({
      from: '2021-01-01',
      to: '2021-12-31',
      precision: 'year',
    });
    expect(periodOf('2021-02-28', 'month')).toEqual({
      from: '2021-02-01',
      to: '2021-02-28',
      precision: 'month',
    });
    expect(periodOf('2020-11-10', 'day')).toEqual({
      from: '2020-11-10',
      to: '2020-11-10',
      precision: 'day',
    });
  });
});

describe('formatDated', () => {
  it('says no more than the source gives', () => {
    expect(formatDated('2021-12-31', 'year')).toBe('2021');
    expect(formatDated('2021-02-28', 'month')).toBe('February 2021');
    expect(formatDated('2020-11-10', 'day')).toBe('10 November 2020');
  });
});

describe('placementNote', () => {
  it('names what the source leaves out and the day the ledger counts from', () => {
    expect(placementNote('2021-12-31', 'year')).toBe(
      'month not given by the source; counted from 31 December 2021',
    );
    expect(placementNote('2021-02-28', 'month')).toBe(
      'day not given by the source; counted from 28 February 2021',
    );
    expect(placementNote('2020-11-10', 'day')).toBeNull();
  });
});

describe('isWithinPeriodBeforePlacement', () => {
  it('holds from the first day of the period up to the day before the placement', () => {
    expect(isWithinPeriodBeforePlacement('2021-12-31', 'year', '2020-12-31')).toBe(false);
    expect(isWithinPeriodBeforePlacement('2021-12-31', 'year', '2021-01-01')).toBe(true);
    expect(isWithinPeriodBeforePlacement('2021-12-31', 'year', '2021-07-01')).toBe(true);
    expect(isWithinPeriodBeforePlacement('2021-12-31', 'year', '2021-12-30')).toBe(true);
    // from the placed day on, the change is counted and no longer uncertain
    expect(isWithinPeriodBeforePlacement('2021-12-31', 'year', '2021-12-31')).toBe(false);
    expect(isWithinPeriodBeforePlacement('2021-02-28', 'month', '2021-02-14')).toBe(true);
    expect(isWithinPeriodBeforePlacement('2021-02-28', 'month', '2021-01-31')).toBe(false);
  });

  it('never holds for a change the source dates to the day', () => {
    expect(isWithinPeriodBeforePlacement('2021-01-29', 'day', '2021-01-29')).toBe(false);
    expect(isWithinPeriodBeforePlacement('2021-01-29', 'day', '2021-01-28')).toBe(false);
  });
});
