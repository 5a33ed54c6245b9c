import { expect, it } from 'vitest';
import type { Trends } from '../api/types.ts';
import { seriesTable, trendSeries } from './series.ts';

const counts = (country: number, operator: number) => ({
  country,
  operator,
  company: 0,
  bloc: 0,
  total: country + operator,
});
const trends: Trends = {
  from: '2020-10-01',
  to: '2020-12-31',
  interval: 'month',
  points: [
    {
      asOf: '2020-10-31',
      members: counts(10, 2),
      gdpShare: 0.1234,
      subscribersCovered: 1000,
      exposure: [],
    },
    {
      asOf: '2020-11-30',
      members: counts(12, 3),
      gdpShare: null,
      subscribersCovered: 2000,
      exposure: [],
    },
    {
      asOf: '2020-12-31',
      members: counts(13, 3),
      gdpShare: 0.2,
      subscribersCovered: 2500,
      exposure: [],
    },
  ],
};

it('splits the trends into the overview lines, a missing share staying missing', () => {
  const [countries, gdp, operators, subscribers] = trendSeries(trends);
  expect(countries?.points.map((point) => point.value)).toEqual([10, 12, 13]);
  expect(gdp?.points.map((point) => point.value)).toEqual([12.3, null, 20]);
  expect(operators?.points.map((point) => point.value)).toEqual([2, 3, 3]);
  expect(subscribers?.format(2500)).toBe('2.5K');
});

it('tables the visible months up to the replay date, or all of them', () => {
  const [countries] = trendSeries(trends);
  expect(seriesTable(countries!, '2020-11-10').rows).toEqual([
    { period: '2020-10-31', value: 10 },
    { period: '2020-11-30', value: 12 },
  ]);
  expect(seriesTable(countries!).rows).toHaveLength(3);
});
