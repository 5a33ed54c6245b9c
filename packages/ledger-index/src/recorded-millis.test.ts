import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { instantMillis } from '@cleannet/domain';
import { recordedMillis } from './recorded-millis.js';

describe('recordedMillis', () => {
  it('reads every toISOString() instant as Date.parse does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
        (millis) => {
          const text = new Date(millis).toISOString();
          expect(recordedMillis(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('leaves other forms and out-of-range fields to instantMillis', () => {
    for (const text of [
      '2024-05-01T12:00:00Z',
      '2024-05-01T12:00:00.123456Z',
      '2024-02-30T12:00:00.000Z',
      '2024-05-01T24:00:00.000Z',
    ])
      expect(recordedMillis(text)).toBe(instantMillis(text));
    expect(() => recordedMillis('2024-05-01 12:00:00.000Z')).toThrow(RangeError);
    expect(() => recordedMillis('2024-05-01T12:0x:00.000Z')).toThrow(RangeError);
  });
});
