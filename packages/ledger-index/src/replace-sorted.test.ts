import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replacedInSorted } from './replace-sorted.js';

const id = fc.stringMatching(/^m-[0-9a-z]{1,2}$/);
const sortedList = fc.array(id, { maxLength: 8 }).map((ids) => ids.sort());

describe('replacedInSorted', () => {
  it('equals concat(...).sort() with one list replaced, duplicates included', () => {
    fc.assert(
      fc.property(
        fc.array(sortedList, { minLength: 1, maxLength: 5 }),
        fc.nat(4),
        sortedList,
        (lists, which, newList) => {
          const replaced = which % lists.length;
          const merged = lists.flat().sort();
          const after = lists.map((list, at) => (at === replaced ? newList : list));
          expect(replacedInSorted(merged, lists[replaced] as string[], newList)).toEqual(
            after.flat().sort(),
          );
        },
      ),
    );
  });

  it('returns the merged list itself when the replaced list holds the same ids', () => {
    const merged = ['m-1', 'm-2', 'm-3'];
    expect(replacedInSorted(merged, ['m-2'], ['m-2'])).toBe(merged);
  });

  it('gives up when an id to remove was not merged', () => {
    expect(replacedInSorted(['m-1', 'm-3'], ['m-2'], [])).toBeUndefined();
  });
});
