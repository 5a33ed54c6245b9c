import { expect, it } from 'vitest';
import type { Trends } from '../api/types.ts';
import { vendorExposure } from '../../testing/fixtures.ts';
import { exposureSeries, exposureSeriesTable, marketsTable } from './series.ts';

const zero = { suspended: 0, closed: 0, 'phase-out-pending': 0, restricted: 0, open: 0 };
const members = { country: 0, operator: 0, company: 0, bloc: 0, total: 0 };
const trends: Trends = {
  from: '2020-06-01',
  to: '2020-07-31',
  interval: 'month',
  points: [
    {
      asOf: '2020-06-30',
      members,
      gdpShare: null,
      subscribersCovered: 0,
      exposure: [
        {
          vendorId: 'vendor:huawei',
          markets: { ...zero, closed: 1, open: 9 },
          gdpShare: { ...zero, closed: 0.0123, open: 0.9877 },
          subscriptionsShare: { ...zero, closed: 0.0071, open: 0.9929 },
        },
      ],
    },
    {
      asOf: '2020-07-31',
      members,
      gdpShare: null,
      subscribersCovered: 0,
      exposure: [
        {
          vendorId: 'vendor:huawei',
          markets: { ...zero, closed: 1, 'phase-out-pending': 1, open: 8 },
          gdpShare: { ...zero, closed: 0.0123, 'phase-out-pending': 0.03, open: 0.9577 },
          subscriptionsShare: {
            ...zero,
            closed: 0.0071,
            'phase-out-pending': 0.0212,
            open: null,
          },
        },
      ],
    },
  ],
};

it('stacks market counts or GDP shares per band over time', () => {
  const counts = exposureSeries(trends, 'vendor:huawei', 'markets');
  expect(counts.bands.closed).toEqual([1, 1]);
  expect(counts.bands['phase-out-pending']).toEqual([0, 1]);
  const gdp = exposureSeries(trends, 'vendor:huawei', 'gdp');
  expect(gdp.bands.closed).toEqual([1.2, 1.2]);
  expect(gdp.bands.open).toEqual([98.8, 95.8]);
});

it('stacks shares of world mobile subscriptions per band over time', () => {
  const subscribers = exposureSeries(trends, 'vendor:huawei', 'subscribers');
  expect(subscribers.periods).toEqual(['2020-06-30', '2020-07-31']);
  expect(subscribers.bands.closed).toEqual([0.7, 0.7]);
  expect(subscribers.bands['phase-out-pending']).toEqual([0, 2.1]);
  // a share the reference data cannot give stays a gap, not a zero
  expect(subscribers.bands.open).toEqual([99.3, null]);
});

it('leaves a vendor the trends do not mention empty', () => {
  expect(exposureSeries(trends, 'vendor:zte', 'markets').bands.open).toEqual([null, null]);
});

it('tables the visible months', () => {
  const table = exposureSeriesTable(
    exposureSeries(trends, 'vendor:huawei', 'markets'),
    'markets',
    '2020-06-15',
  );
  expect(table.rows).toEqual([
    {
      period: '2020-06-30',
      closed: 1,
      'phase-out-pending': 0,
      restricted: 0,
      suspended: 0,
      open: 9,
    },
  ]);
});

it('lists the markets behind each band', () => {
  const vendor = vendorExposure('vendor:huawei', { closed: ['AU'], open: ['BR'] });
  const table = marketsTable(vendor, (id) => ({ AU: 'Australia', BR: 'Brazil' })[id] ?? id);
  expect(table.rows.map((row) => [row.status, row.country])).toEqual([
    ['closed', 'Australia'],
    ['open', 'Brazil'],
  ]);
});
