import { describe, expect, it } from 'vitest';
import { internedEventType } from './fact.js';

describe('internedEventType', () => {
  it('returns the same type, as this module’s constant when it is a known kind', () => {
    for (const type of [
      'PledgeMade',
      'VendorsExcluded',
      'BanEnacted',
      'MeasureStatusChanged',
      'MeasureAmended',
      'CommitmentReversed',
      'EventCorrected',
      'EventRetracted',
    ] as const) {
      // Built from parts, as a string parsed from JSON is a string of its own.
      const parsed = JSON.parse(JSON.stringify(type)) as typeof type;
      expect(internedEventType(parsed)).toBe(type);
    }
    expect(internedEventType('Unknown' as never)).toBe('Unknown');
  });
});
