import { describe, expect, it } from 'vitest';
import { VendorSet } from './vendor-set.js';

describe('VendorSet', () => {
  it('keeps each vendor once, in the order added, and forgets them on clear', () => {
    const set = new VendorSet();
    set.add(3);
    set.add(1);
    set.add(3);
    set.add(200);
    expect(set.members.slice(0, set.size)).toEqual([3, 1, 200]);
    expect([set.has(1), set.has(2), set.has(200), set.has(999)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    set.clear();
    expect(set.size).toBe(0);
    expect(set.has(3)).toBe(false);
    set.add(1);
    expect(set.members.slice(0, set.size)).toEqual([1]);
  });
});
