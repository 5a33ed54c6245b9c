/**
 * The merge of sorted, disjoint id lists (the measure ids each market
 * contributor holds against one vendor), or `previous` itself when the merge
 * comes out equal to it. A market rebuild asks this at every day a
 * contributor's ids may have changed, and most of the time they merge to the
 * list already recorded: comparing while merging allocates nothing then, and
 * otherwise the result is built in one array (no intermediate merges).
 *
 * Equal heads are taken from the earlier list, as `mergeSorted` does.
 */
export function mergedUnlessSame(
  lists: readonly (readonly string[])[],
  previous: readonly string[],
): readonly string[] {
  const count = lists.length;
  let total = 0;
  for (let list = 0; list < count; list += 1) total += (lists[list] as readonly string[]).length;
  heads.length = 0;
  for (let list = 0; list < count; list += 1) heads.push(0);
  if (total === previous.length) {
    let at = 0;
    for (; at < total; at += 1) if (nextSmallest(lists) !== previous[at]) break;
    if (at === total) return previous;
    heads.fill(0);
  }
  const merged = new Array<string>(total);
  for (let at = 0; at < total; at += 1) merged[at] = nextSmallest(lists);
  return merged;
}

// Scratch: how far each list has been taken (one merge runs at a time).
const heads: number[] = [];

/** Takes the smallest head among the lists (the first list's, on ties); there must be one. */
function nextSmallest(lists: readonly (readonly string[])[]): string {
  let best = -1;
  let smallest = '';
  for (let list = 0; list < lists.length; list += 1) {
    const ids = lists[list] as readonly string[];
    const head = heads[list] as number;
    if (head >= ids.length) continue;
    const id = ids[head] as string;
    if (best < 0 || id < smallest) {
      best = list;
      smallest = id;
    }
  }
  heads[best] = (heads[best] as number) + 1;
  return smallest;
}
