/**
 * The merge of the first `listCount` sorted, disjoint id lists (the measure ids each market
 * contributor holds against one vendor), or `previous` itself when the merge
 * comes out equal to it. A market rebuild asks this at every day a
 * contributor's ids may have changed, often with ten lists or more.
 *
 * The lists are merged in pairs, round after round, as `mergeSorted` does
 * (n log k string comparisons, which dominate: each is a call), but between
 * two scratch arrays, so that only the result is allocated, and only when it
 * differs from `previous`. Equal ids are taken from the earlier list first.
 */
export function mergedUnlessSame(
  lists: readonly (readonly string[])[],
  listCount: number,
  previous: readonly string[],
): readonly string[] {
  let from = scratchA;
  let to = scratchB;
  // Copy the lists one after another into `from`; runEnds[r] is where run r ends.
  let total = 0;
  for (let list = 0; list < listCount; list += 1) {
    const ids = lists[list] as readonly string[];
    for (let at = 0; at < ids.length; at += 1) from[total++] = ids[at] as string;
    runEnds[list] = total;
  }
  let runs = listCount;
  while (runs > 1) {
    let merged = 0;
    let start = 0;
    for (let run = 0; run < runs; run += 2) {
      const middle = runEnds[run] as number;
      const end = run + 1 < runs ? (runEnds[run + 1] as number) : middle;
      mergeRuns(from, start, middle, end, to);
      runEnds[merged++] = end;
      start = end;
    }
    runs = merged;
    const swap = from;
    from = to;
    to = swap;
  }
  if (total === previous.length) {
    let at = 0;
    while (at < total && from[at] === previous[at]) at += 1;
    if (at === total) return previous;
  }
  return from.slice(0, total);
}

// Scratch: one merge runs at a time. They only grow, to the longest merge seen, and are never
// emptied by setting their length (which frees the backing store: refilling it allocated).
const scratchA: string[] = [];
const scratchB: string[] = [];
const runEnds: number[] = [];

/** Merges from[start, middle) and from[middle, end) into to[start, end). */
function mergeRuns(
  from: readonly string[],
  start: number,
  middle: number,
  end: number,
  to: string[],
): void {
  let left = start;
  let right = middle;
  let out = start;
  while (left < middle && right < end) {
    const a = from[left] as string;
    const b = from[right] as string;
    if (b < a) {
      to[out++] = b;
      right += 1;
    } else {
      to[out++] = a;
      left += 1;
    }
  }
  while (left < middle) to[out++] = from[left++] as string;
  while (right < end) to[out++] = from[right++] as string;
}
