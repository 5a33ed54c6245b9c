import { describe, expect, it } from 'vitest';
import { referenceData } from './index.js';

describe('operator subscriber counts', () => {
  const counted = referenceData.operators.flatMap((operator) =>
    operator.subscribers === undefined ? [] : [{ ...operator, subscribers: operator.subscribers }],
  );

  it('give a positive count, a year in 2018-2024 and a source for each operator that has one', () => {
    expect(counted.length).toBeGreaterThan(0);
    for (const operator of counted) {
      expect(operator.subscribers.count, operator.id).toBeGreaterThan(0);
      expect(operator.subscribers.year, operator.id).toBeGreaterThanOrEqual(2018);
      expect(operator.subscribers.year, operator.id).toBeLessThanOrEqual(2024);
      expect(operator.subscribers.source, operator.id).toMatch(/report|results|subscriptions/i);
    }
  });

  it('never exceed the mobile subscriptions of the home market in the same year', () => {
    for (const operator of counted) {
      const market =
        referenceData.mobileSubscriptions.byCountry[operator.homeCountry]?.[
          String(operator.subscribers.year)
        ];
      if (market === undefined) throw new Error(`${operator.id}: no market figure to compare`);
      expect(operator.subscribers.count, operator.id).toBeLessThan(market);
    }
  });
});
