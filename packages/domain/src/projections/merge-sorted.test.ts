import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedMerge } from './merge-sorted.js';

// One instance for every case: its scratch is reused from merge to merge, as an index reuses it.
const merge = new SortedMerge();

const sortedLists = fc
  .uniqueArray(fc.stringMatching(/^m-[0-9a-z]{1,4}$/), { maxLength: 30 })
  .chain((ids) =>
    fc
      .array(fc.nat(4), { minLength: ids.length, maxLength: ids.length })
      .map((owners) =>
        [0, 1, 2, 3, 4].map((owner) => ids.filter((_, at) => owners[at] === owner).sort()),
      ),
  );

describe('merge', () => {
  it('gives the order of concat(...).sort()', () => {
    fc.assert(
      fc.property(sortedLists, (lists) => {
        expect(merge.merge(lists)).toEqual(lists.flat().sort());
      }),
    );
  });
});

describe('mergeUnlessSame', () => {
  it('returns the same ids as merge', () => {
    fc.assert(
      fc.property(sortedLists, fc.array(fc.string(), { maxLength: 5 }), (lists, previous) => {
        expect(merge.mergeUnlessSame(lists, lists.length, previous)).toEqual(merge.merge(lists));
      }),
    );
  });

  it('returns the previous list itself when the merge equals it', () => {
    fc.assert(
      fc.property(sortedLists, (lists) => {
        const previous = merge.merge(lists);
        expect(merge.mergeUnlessSame(lists, lists.length, previous)).toBe(previous);
      }),
    );
  });

  it('merges only the first listCount lists', () => {
    expect(merge.mergeUnlessSame([['m-2'], ['m-1'], ['m-0']], 2, [])).toEqual(['m-1', 'm-2']);
  });

  it('returns a new list when the merge differs in one id', () => {
    const previous = ['m-1', 'm-3'];
    const merged = merge.mergeUnlessSame([['m-1'], ['m-2']], 2, previous);
    expect(merged).not.toBe(previous);
    expect(merged).toEqual(['m-1', 'm-2']);
  });
});
