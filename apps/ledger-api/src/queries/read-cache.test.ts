import { describe, expect, it } from 'vitest';
import { createReadCache } from './read-cache.js';

describe('the read cache', () => {
  it('computes once per key and evicts the least recently used entry', () => {
    const cache = createReadCache<string>(2);
    let computed = 0;
    const compute = (value: string) => () => {
      computed += 1;
      return value;
    };
    expect(cache.get('a', compute('A'))).toBe('A');
    expect(cache.get('a', compute('other'))).toBe('A');
    cache.get('b', compute('B'));
    cache.get('a', compute('other'));
    cache.get('c', compute('C'));
    expect(cache.size).toBe(2);
    expect(computed).toBe(3);
    // b was evicted (a had been used after it); bringing it back evicts a.
    expect(cache.get('b', compute('B again'))).toBe('B again');
    expect(cache.get('c', compute('other'))).toBe('C');
    expect(computed).toBe(4);
  });
});
