import { describe, expect, it } from 'vitest';
import type { ActorBarring } from '@cleannet/domain';
import {
  ContributorBarrings,
  IDS_CHANGED,
  NO_IDS,
  THRESHOLDS_CHANGED,
  UNCHANGED,
} from './contributor-barrings.js';

const OPEN = [Infinity, -Infinity, Infinity, Infinity, -Infinity, Infinity];

function summary(
  vendorNumbers: number[],
  barrings: number[],
  measureIds: readonly (readonly string[])[],
): ActorBarring {
  return { vendorNumbers, barrings, measureIds };
}

describe('ContributorBarrings', () => {
  it('combines a vendor over contributors (pending by max, the rest by min) and says what changed', () => {
    const table = new ContributorBarrings();
    table.reset(3, 2);
    const combined = new Float64Array(6);
    table.combine(1, combined);
    expect([...combined]).toEqual(OPEN);

    const a = summary([1], [10, 20, 30, 40, 50, 60], [['m-1']]);
    expect(table.set(1, 0, a, 0)).toBe(IDS_CHANGED);
    expect(table.set(1, 0, a, 0)).toBe(UNCHANGED);
    const b = summary([0, 1], [...OPEN, 5, 25, 35, 45, 15, 65], [['m-2'], ['m-3']]);
    expect(table.set(1, 2, b, 1)).toBe(IDS_CHANGED);
    table.combine(1, combined);
    expect([...combined]).toEqual([5, 25, 30, 40, 50, 60]);
    const lists: (readonly string[])[] = [];
    expect(table.collectIds(1, lists)).toBe(2);
    expect(lists.slice(0, 2)).toEqual([['m-1'], ['m-3']]);

    // Same ids, other thresholds; then the vendor no longer named.
    const moved = summary([1], [11, 20, 30, 40, 50, 60], a.measureIds);
    expect(table.set(1, 0, moved, 0)).toBe(THRESHOLDS_CHANGED);
    expect(table.set(1, 0, moved, -1)).toBe(IDS_CHANGED);
    table.combine(1, combined);
    expect([...combined]).toEqual([5, 25, 35, 45, 15, 65]);
    expect(table.collectIds(0, lists)).toBe(0);

    table.reset(3, 2);
    table.combine(1, combined);
    expect([...combined]).toEqual(OPEN);
    expect(table.collectIds(1, lists)).toBe(0);
    expect(NO_IDS).toEqual([]);
  });
});
