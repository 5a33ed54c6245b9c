import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSorted, mergedUnlessSame } from './merge-sorted.js';

const sortedLists = fc
  .uniqueArray(fc.stringMatching(/^m-[0-9a-z]{1,4}$/), { maxLength: 30 })
  .chain((ids) =>
    fc
      .array(fc.nat(4), { minLength: ids.length, maxLength: ids.length })
      .map((owners) =>
        [0, 1, 2, 3, 4].map((owner) => ids.filter((_, at) => owners[at] === owner).sort()),
      ),
  );

describe('mergeSorted', () => {
  it('gives the order of concat(...).sort()', () => {
    fc.assert(
      fc.property(sortedLists, (lists) => {
        expect(mergeSorted(lists)).toEqual(lists.flat().sort());
      }),
    );
  });
});

describe('mergedUnlessSame', () => {
  it('returns the same ids as mergeSorted', () => {
    fc.assert(
      fc.property(sortedLists, fc.array(fc.string(), { maxLength: 5 }), (lists, previous) => {
        expect(mergedUnlessSame(lists, lists.length, previous)).toEqual(mergeSorted(lists));
      }),
    );
  });

  it('returns the previous list itself when the merge equals it', () => {
    fc.assert(
      fc.property(sortedLists, (lists) => {
        const previous = mergeSorted(lists);
        expect(mergedUnlessSame(lists, lists.length, previous)).toBe(previous);
      }),
    );
  });

  it('merges only the first listCount lists', () => {
    expect(mergedUnlessSame([['m-2'], ['m-1'], ['m-0']], 2, [])).toEqual(['m-1', 'm-2']);
  });

  it('returns a new list when the merge differs in one id', () => {
    const previous = ['m-1', 'm-3'];
    const merged = mergedUnlessSame([['m-1'], ['m-2']], 2, previous);
    expect(merged).not.toBe(previous);
    expect(merged).toEqual(['m-1', 'm-2']);
  });
});
