import type { Barring } from '../model/market.js';
import type { ActorBarring } from './exposure.js';
import type { SortedMerge } from './merge-sorted.js';

/**
 * Barring of one vendor per market, accumulated in flat typed arrays: a
 * query touches every actor, so it avoids an object per (vendor, market).
 * The measures behind a market are kept as the sorted lists of the actors
 * that contribute to it, merged only for the markets the answer lists. The
 * index reuses its rows from query to query (`reset`).
 */
export class VendorRow {
  readonly activeClosed: Float64Array;
  readonly activePending: Float64Array;
  readonly activeRestricted: Float64Array;
  readonly suspendedClosed: Float64Array;
  readonly suspendedPending: Float64Array;
  readonly suspendedRestricted: Float64Array;
  readonly measureIds: (string[] | undefined)[];
  /** The first contributor's sorted ids; the others' are in `moreIdLists`. */
  readonly idLists: (readonly string[] | undefined)[];
  readonly moreIdLists: ((readonly string[])[] | undefined)[];

  constructor(readonly width: number) {
    this.activeClosed = new Float64Array(width).fill(Infinity);
    this.activePending = new Float64Array(width).fill(-Infinity);
    this.activeRestricted = new Float64Array(width).fill(Infinity);
    this.suspendedClosed = new Float64Array(width).fill(Infinity);
    this.suspendedPending = new Float64Array(width).fill(-Infinity);
    this.suspendedRestricted = new Float64Array(width).fill(Infinity);
    this.measureIds = new Array<string[] | undefined>(width).fill(undefined);
    this.idLists = new Array<readonly string[] | undefined>(width).fill(undefined);
    this.moreIdLists = new Array<(readonly string[])[] | undefined>(width).fill(undefined);
  }

  /** Back to barring nothing, for another query over the same number of markets. */
  reset(): void {
    this.activeClosed.fill(Infinity);
    this.activePending.fill(-Infinity);
    this.activeRestricted.fill(Infinity);
    this.suspendedClosed.fill(Infinity);
    this.suspendedPending.fill(-Infinity);
    this.suspendedRestricted.fill(Infinity);
    this.measureIds.fill(undefined);
    this.idLists.fill(undefined);
    this.moreIdLists.fill(undefined);
  }

  /** One measure (the per-measure reference path). */
  add(market: number, barring: Barring, suspended: boolean, measureId: string): void {
    const ids = this.measureIds[market];
    if (ids === undefined) this.measureIds[market] = [measureId];
    else ids.push(measureId);
    const closed = suspended ? this.suspendedClosed : this.activeClosed;
    const pending = suspended ? this.suspendedPending : this.activePending;
    const restricted = suspended ? this.suspendedRestricted : this.activeRestricted;
    closed[market] = Math.min(closed[market] as number, barring.closedFrom);
    pending[market] = Math.max(pending[market] as number, barring.pendingBefore);
    restricted[market] = Math.min(restricted[market] as number, barring.restrictedFrom);
  }

  /** One actor's combined barring of this vendor (slot `slot` of its summary). */
  addActor(market: number, summary: ActorBarring, slot: number): void {
    this.addCombined(
      market,
      summary.barrings,
      slot * 6,
      summary.measureIds[slot] as readonly string[],
    );
  }

  /**
   * A combined barring (6 thresholds at `at` of `b`: active closed, pending,
   * restricted, then the same for suspended measures) and the sorted ids of
   * the measures behind it: one actor's, or a whole market's.
   */
  addCombined(market: number, b: ArrayLike<number>, at: number, ids: readonly string[]): void {
    this.activeClosed[market] = Math.min(this.activeClosed[market] as number, b[at] as number);
    this.activePending[market] = Math.max(
      this.activePending[market] as number,
      b[at + 1] as number,
    );
    this.activeRestricted[market] = Math.min(
      this.activeRestricted[market] as number,
      b[at + 2] as number,
    );
    this.suspendedClosed[market] = Math.min(
      this.suspendedClosed[market] as number,
      b[at + 3] as number,
    );
    this.suspendedPending[market] = Math.max(
      this.suspendedPending[market] as number,
      b[at + 4] as number,
    );
    this.suspendedRestricted[market] = Math.min(
      this.suspendedRestricted[market] as number,
      b[at + 5] as number,
    );
    if (this.idLists[market] === undefined) this.idLists[market] = ids;
    else {
      const more = this.moreIdLists[market];
      if (more === undefined) this.moreIdLists[market] = [ids];
      else more.push(ids);
    }
  }

  /** Whether any measure bars this vendor in the market. */
  has(market: number): boolean {
    return this.measureIds[market] !== undefined || this.idLists[market] !== undefined;
  }

  /**
   * The measures behind the market, sorted. A single actor's list is
   * returned as it is: summaries are immutable, so answers may share them.
   * Several are merged with the caller's `merge` scratch.
   */
  sortedIds(market: number, merge: SortedMerge): readonly string[] {
    const ids = this.measureIds[market];
    if (ids !== undefined) return ids.slice().sort();
    const first = this.idLists[market];
    if (first === undefined) return [];
    // Each list is sorted already; a single one needs no merge.
    const more = this.moreIdLists[market];
    if (more === undefined) return first;
    return merge.merge([first, ...more]);
  }

  /** Copies the market's active or suspended thresholds into `into` (scratch: nothing is allocated). */
  readBarring(market: number, suspended: boolean, into: Barring): void {
    into.closedFrom = (suspended ? this.suspendedClosed : this.activeClosed)[market] as number;
    into.pendingBefore = (suspended ? this.suspendedPending : this.activePending)[market] as number;
    into.restrictedFrom = (suspended ? this.suspendedRestricted : this.activeRestricted)[
      market
    ] as number;
  }
}
