/**
 * A merged, sorted id list with one of the lists merged into it replaced:
 * `merged` minus `oldList` plus `newList` (as multisets), in the order of
 * `concat(...).sort()`. When one contributor's ids change, a market rebuild
 * patches the market's list this way instead of merging every contributor's
 * list again: the ids that differ between the old and the new list (one or
 * two, usually) are placed by binary search, and the rest is copied without
 * a comparison. Returns `merged` itself when the two lists hold the same
 * ids, and `undefined` when an id to remove is not in `merged` (then it was
 * not merged from `oldList`, and the caller merges afresh).
 */
export function replacedInSorted(
  merged: readonly string[],
  oldList: readonly string[],
  newList: readonly string[],
): readonly string[] | undefined {
  const { removed, added } = differences(oldList, newList);
  if (removed.length === 0 && added.length === 0) return merged;
  // Where each removed id is (a later equal id: the next occurrence) and where each added one goes.
  const removedAt: number[] = [];
  for (let at = 0; at < removed.length; at += 1) {
    const id = removed[at] as string;
    const from = at > 0 && removed[at - 1] === id ? (removedAt[at - 1] as number) + 1 : 0;
    const index = lowerBoundOf(merged, id, from);
    if (merged[index] !== id) return undefined;
    removedAt.push(index);
  }
  const result = new Array<string>(merged.length - removed.length + added.length);
  let out = 0;
  let next = 0;
  let nextAdded = 0;
  for (let index = 0; index <= merged.length; index += 1) {
    // Added ids go before the first merged id greater than them (after equal ones).
    while (
      nextAdded < added.length &&
      (index === merged.length || (merged[index] as string) > (added[nextAdded] as string))
    )
      result[out++] = added[nextAdded++] as string;
    if (index === merged.length) break;
    if (next < removedAt.length && removedAt[next] === index) {
      next += 1;
      continue;
    }
    result[out++] = merged[index] as string;
  }
  return result;
}

/** What `newList` lacks of `oldList` and has more, both sorted lists, each result sorted. */
function differences(
  oldList: readonly string[],
  newList: readonly string[],
): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < oldList.length && j < newList.length) {
    const a = oldList[i] as string;
    const b = newList[j] as string;
    if (a === b) {
      i += 1;
      j += 1;
    } else if (a < b) {
      removed.push(a);
      i += 1;
    } else {
      added.push(b);
      j += 1;
    }
  }
  while (i < oldList.length) removed.push(oldList[i++] as string);
  while (j < newList.length) added.push(newList[j++] as string);
  return { removed, added };
}

/** The first index at or after `from` whose id is not below `id`. */
function lowerBoundOf(values: readonly string[], id: string, from: number): number {
  let low = from;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as string) < id) low = middle + 1;
    else high = middle;
  }
  return low;
}
