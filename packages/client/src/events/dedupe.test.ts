import { describe, expect, it } from 'vitest';
import { createDeduplicator } from './dedupe.js';

describe('createDeduplicator', () => {
  it('says yes to an id once, and forgets the oldest beyond its capacity', () => {
    const dedupe = createDeduplicator(2);
    expect(['change-1', 'change-2', 'change-1'].map((id) => dedupe.firstSighting(id))).toEqual([
      true,
      true,
      false,
    ]);
    dedupe.firstSighting('change-3');
    expect(dedupe.size).toBe(2);
    expect(dedupe.firstSighting('change-1')).toBe(true);
    expect(dedupe.firstSighting('change-3')).toBe(false);
  });
});
