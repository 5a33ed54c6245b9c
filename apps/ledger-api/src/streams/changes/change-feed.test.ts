import { describe, expect, it } from 'vitest';
import { createChangeFeed } from './change-feed.js';

describe('createChangeFeed', () => {
  it('numbers changes from 1 and answers what came after a cursor', () => {
    const feed = createChangeFeed<string>();
    feed.append(['a', 'b']);
    feed.append(['c']);
    expect(feed.last).toBe(3);
    expect(feed.since(1)).toEqual([
      { sequence: 2, change: 'b' },
      { sequence: 3, change: 'c' },
    ]);
    expect(feed.since(0)).toHaveLength(3);
    expect(feed.since(99)).toEqual([]);
    expect(feed.since(-5)).toHaveLength(3);
  });

  it('tells listeners about later changes until they unsubscribe', () => {
    const feed = createChangeFeed<string>();
    const seen: number[] = [];
    const stop = feed.listen((entry) => seen.push(entry.sequence));
    feed.append(['a', 'b']);
    stop();
    feed.append(['c']);
    expect(seen).toEqual([1, 2]);
  });
});
