import { describe, expect, it } from 'vitest';
import { createChangeFeed } from './change-feed.js';
import { parseChangeId, type ChangeKey } from './change-id.js';

const identity = (change: string) => change;
const keyOf = (id: string) => parseChangeId(id) as ChangeKey;

describe('createChangeFeed', () => {
  it('names each change by its cause position, its index and a digest of the history', () => {
    const feed = createChangeFeed(identity);
    feed.append(0, ['a', 'b']);
    feed.append(1, []);
    feed.append(2, ['c']);
    expect(feed.length).toBe(3);
    expect(feed.since(0).map((entry) => entry.id)).toEqual([
      expect.stringMatching(/^0\.0\.[0-9a-f]{16}$/),
      expect.stringMatching(/^0\.1\.[0-9a-f]{16}$/),
      expect.stringMatching(/^2\.0\.[0-9a-f]{16}$/),
    ]);
    expect(feed.since(1).map((entry) => entry.change)).toEqual(['b', 'c']);
  });

  it('gives the same ids to the same history, on every replay', () => {
    const first = createChangeFeed(identity);
    const second = createChangeFeed(identity);
    for (const feed of [first, second]) {
      feed.append(0, ['a']);
      feed.append(5, ['b', 'c']);
    }
    expect(second.since(0).map((entry) => entry.id)).toEqual(first.since(0).map((e) => e.id));
  });

  it('resumes after a change it holds', () => {
    const feed = createChangeFeed(identity);
    feed.append(0, ['a', 'b']);
    feed.append(4, ['c']);
    const [a, b, c] = feed.since(0).map((entry) => keyOf(entry.id));
    expect(feed.resumeAfter(a!)).toEqual({ kind: 'after', next: 1 });
    expect(feed.resumeAfter(b!)).toEqual({ kind: 'after', next: 2 });
    expect(feed.resumeAfter(c!)).toEqual({ kind: 'after', next: 3 });
  });

  it('asks for a resync when the history up to the id differs, even if the place exists', () => {
    // Given the history a subscriber saw, and the same log after a repair dropped position 1
    const before = createChangeFeed(identity);
    before.append(0, ['a']);
    before.append(1, ['b']);
    before.append(2, ['c']);
    const repaired = createChangeFeed(identity);
    repaired.append(0, ['a']);
    repaired.append(2, ['c']);
    const [a, , c] = before.since(0).map((entry) => keyOf(entry.id));

    // Then a cursor before the damage still resumes, one after it does not
    expect(repaired.resumeAfter(a!)).toEqual({ kind: 'after', next: 1 });
    expect(repaired.resumeAfter(c!)).toMatchObject({ kind: 'resync', reason: 'unknown-change' });
  });

  it('asks for a resync for an id beyond its head', () => {
    const feed = createChangeFeed(identity);
    feed.append(0, ['a']);
    feed.append(1, []);
    expect(feed.resumeAfter({ position: 2, index: 0, digest: '0123456789abcdef' })).toMatchObject({
      kind: 'resync',
      reason: 'ahead-of-ledger',
    });
  });

  it('tells listeners about later changes until they unsubscribe', () => {
    const feed = createChangeFeed(identity);
    const seen: string[] = [];
    const stop = feed.listen((entry) => seen.push(entry.change));
    feed.append(0, ['a', 'b']);
    stop();
    feed.append(1, ['c']);
    expect(seen).toEqual(['a', 'b']);
  });
});
