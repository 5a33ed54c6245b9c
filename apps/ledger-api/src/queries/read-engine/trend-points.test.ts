import { curatedHistory, referenceData } from '@cleannet/dataset';
import type { LedgerEvent } from '@cleannet/domain';
import { createLedgerIndex } from '@cleannet/ledger-index';
import { describe, expect, it } from 'vitest';
import { pledge, reversal } from '../../testing/sample-events.js';
import { createTrendPointCache, trendsJson, type TrendSeriesQuery } from './trend-points.js';

let clock = Date.parse('2026-01-01T00:00:00Z');
const recorded = (event: object) =>
  ({ ...event, recordedAt: new Date((clock += 1000)).toISOString() }) as unknown as LedgerEvent;

const queries: TrendSeriesQuery[] = [
  { from: '2019-01-01', to: '2023-01-01', interval: 'quarter' },
  { from: '2018-05-17', to: '2022-12-30', interval: 'month', vendor: 'vendor:huawei' },
  { from: '2019-01-01', to: '2023-01-01', interval: 'year', knownAt: '2026-01-01T00:05:00.000Z' },
];

function fresh(index: ReturnType<typeof createLedgerIndex>, query: TrendSeriesQuery): string {
  const { from, to, interval } = query;
  const points = index.trends({
    from,
    to,
    interval,
    ...(query.knownAt ? { knownAt: query.knownAt } : {}),
    ...(query.vendor ? { vendorId: query.vendor } : {}),
  });
  return JSON.stringify({ from, to, interval, points });
}

describe('trend points kept between reads', () => {
  it('give the same bytes as the whole series computed afresh, as events arrive', () => {
    const index = createLedgerIndex(referenceData);
    const cache = createTrendPointCache(index);
    const feed = (event: LedgerEvent) => {
      index.apply(event);
      cache.observe(event, index.effectOf(event).statesChanged);
    };
    const later = [
      pledge('operator:test-a', 'tp-1', '2021-06-01'),
      // Already committed: it changes no state, and the points it would reach are kept.
      pledge('operator:test-a', 'tp-1b', '2021-07-01'),
      pledge('operator:test-b', 'tp-2', '2019-02-03'),
      reversal('operator:test-a', 'tp-3', '2022-03-01'),
      pledge('operator:test-c', 'tp-4', '2022-12-31'),
    ];
    const events = [...curatedHistory, ...later].map(recorded);
    for (const [position, event] of events.entries()) {
      feed(event);
      if (position % 10 !== 0 && position < events.length - later.length) continue;
      for (const query of queries) {
        expect(trendsJson(query, cache.series(query).pointsJson)).toBe(fresh(index, query));
      }
    }
    expect(cache.size).toBeGreaterThan(0);
  });

  it('computes again only the points at and after an event placed within the series', () => {
    const index = createLedgerIndex(referenceData);
    const cache = createTrendPointCache(index);
    for (const event of curatedHistory.map(recorded)) {
      index.apply(event);
      cache.observe(event);
    }
    const query = queries[0]!;
    const before = cache.series(query).points;
    const event = recorded(pledge('operator:test-z', 'tp-z', '2021-05-15'));
    index.apply(event);
    cache.observe(event);
    const after = cache.series(query).points;
    const kept = after.filter((point, n) => point === before[n]).map((point) => point.asOf);
    expect(kept).toEqual(before.map((point) => point.asOf).filter((asOf) => asOf < '2021-05-15'));

    const again = recorded(pledge('operator:test-z', 'tp-z2', '2021-08-01'));
    index.apply(again);
    cache.observe(again, index.effectOf(again).statesChanged);
    expect(cache.series(query).points.every((point, n) => point === after[n])).toBe(true);
  });
});
