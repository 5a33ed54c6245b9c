import { describe, expect, it } from 'vitest';
import { UsageError } from './cli-errors.js';
import { parseDay, parseKnownAt } from './dates.js';

describe('parseDay', () => {
  it('accepts real calendar days and refuses the rest with one sentence', () => {
    expect(parseDay('2024-02-29', '--as-of')).toBe('2024-02-29');
    for (const bad of ['2021-02-30', '2021-13-01', '31/01/2021', '2021-1-31']) {
      expect(() => parseDay(bad, '--as-of')).toThrow(UsageError);
    }
    expect(() => parseDay('2021-02-30', '--as-of')).toThrow(
      '--as-of must be a calendar date as YYYY-MM-DD, not "2021-02-30".',
    );
  });
});

describe('parseKnownAt', () => {
  it('takes a day or an instant with a zone', () => {
    expect(parseKnownAt('2021-06-30')).toBe('2021-06-30');
    expect(parseKnownAt('2021-06-30T12:00:00Z')).toBe('2021-06-30T12:00:00Z');
    expect(() => parseKnownAt('2021-06-30T12:00:00')).toThrow(UsageError);
    expect(() => parseKnownAt('yesterday')).toThrow(UsageError);
  });
});
