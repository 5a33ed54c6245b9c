/**
 * Merging sorted id lists (the measure ids each contributor holds against a
 * vendor) into one sorted list: the same order as `concat(...).sort()` (both
 * compare UTF-16 code units) without a string sort. The lists are merged in
 * pairs, round after round (n log k string comparisons, which dominate: each
 * is a call), between two scratch arrays, so that only the result is
 * allocated. Equal ids are taken from the earlier list first.
 *
 * Scratch layout: the lists are copied one after another into `scratchA`,
 * `runEnds[r]` is where run r ends; each round merges pairs of runs into the
 * other array. The arrays only grow, to the longest merge seen, and are
 * never emptied by setting their length (that frees the backing store, and
 * refilling it allocated). One merge runs at a time per instance: whoever
 * merges owns one (an index its market sweep, an answer its own).
 */
export class SortedMerge {
  private readonly scratchA: string[] = [];
  private readonly scratchB: string[] = [];
  private readonly runEnds: number[] = [];
  /** The scratch array holding the last merge's result. */
  private merged: string[] = this.scratchA;

  merge(lists: readonly (readonly string[])[]): string[] {
    const total = this.mergeIntoScratch(lists, lists.length);
    return this.merged.slice(0, total);
  }

  /**
   * The merge of the first `listCount` lists, or `previous` itself when it
   * comes out equal to it: a market rebuild asks this at every day a
   * contributor's ids may have changed, and nothing is allocated when they did not.
   */
  mergeUnlessSame(
    lists: readonly (readonly string[])[],
    listCount: number,
    previous: readonly string[],
  ): readonly string[] {
    const total = this.mergeIntoScratch(lists, listCount);
    const { merged } = this;
    if (total === previous.length) {
      let at = 0;
      while (at < total && merged[at] === previous[at]) at += 1;
      if (at === total) return previous;
    }
    return merged.slice(0, total);
  }

  /** Merges the first `listCount` lists into `merged` and returns how many ids it holds. */
  private mergeIntoScratch(lists: readonly (readonly string[])[], listCount: number): number {
    const { runEnds } = this;
    let from = this.scratchA;
    let to = this.scratchB;
    // Copy the lists one after another into `from`; runEnds[r] is where run r ends.
    let total = 0;
    for (let list = 0; list < listCount; list += 1) {
      const ids = lists[list] as readonly string[];
      for (let at = 0; at < ids.length; at += 1) from[total++] = ids[at] as string;
      runEnds[list] = total;
    }
    let runs = listCount;
    while (runs > 1) {
      let count = 0;
      let start = 0;
      for (let run = 0; run < runs; run += 2) {
        const middle = runEnds[run] as number;
        const end = run + 1 < runs ? (runEnds[run + 1] as number) : middle;
        mergeRuns(from, start, middle, end, to);
        runEnds[count++] = end;
        start = end;
      }
      runs = count;
      const swap = from;
      from = to;
      to = swap;
    }
    this.merged = from;
    return total;
  }
}

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
