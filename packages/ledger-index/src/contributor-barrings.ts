/*
 * During a market sweep, what each contributor bars of each vendor on the day
 * reached. Entry e = vendor * contributors + contributor:
 *   thresholds[6e .. 6e+5]  as in `ActorBarring` (open thresholds when it names nothing)
 *   ids[e]                  its sorted measure ids, `NO_IDS` when it names nothing
 *   changedBy[vendor]       the one contributor whose ids changed since `endDay`,
 *                           NONE or SEVERAL, and its ids before
 * Invariant: a vendor's entries are contiguous, so combining it over the market
 * reads one stretch of numbers.
 */

import { type ActorBarring, clearBarringAt } from '@cleannet/domain';

/** The only empty id list a market timeline holds (a contributor's slot always names a measure). */
export const NO_IDS: readonly string[] = [];

/** A barring change: none, thresholds only, or the measure ids (and maybe thresholds). */
export const UNCHANGED = 0;
export const THRESHOLDS_CHANGED = 1;
export const IDS_CHANGED = 2;

const NONE = -1;
const SEVERAL = -2;

/**
 * While a market is swept: what each contributor bars of each vendor at the
 * day reached, in flat arrays with one entry per (vendor, contributor), a
 * vendor's entries side by side. Combining a vendor over the market's
 * contributors then reads one contiguous stretch of numbers, instead of
 * looking the vendor up in every contributor's summary object (a search
 * per contributor, each summary somewhere else in the heap). A contributor
 * that does not name a vendor holds open thresholds (which leave a min or a
 * max unchanged) and `NO_IDS`.
 */
export class ContributorBarrings {
  private contributors = 0;
  /** entry e = vendor * contributors + contributor: thresholds[6e .. 6e + 5] and ids[e]. */
  private thresholds = new Float64Array(6 * 64);
  private readonly ids: (readonly string[])[] = [];
  /**
   * Per vendor, since `endDay`: the one contributor whose ids changed and its
   * ids before (NONE: no change; SEVERAL: more than one contributor's).
   */
  private changedBy = new Int32Array(64);
  private readonly idsBefore: (readonly string[])[] = [];
  private readonly changedVendors: number[] = [];
  private changedCount = 0;

  /** Every contributor open for every vendor below `vendors`. */
  reset(contributors: number, vendors: number): void {
    this.endDay();
    this.contributors = contributors;
    if (this.changedBy.length < vendors)
      this.changedBy = new Int32Array(Math.max(vendors, this.changedBy.length * 2));
    this.changedBy.fill(NONE);
    const entries = contributors * vendors;
    if (this.thresholds.length < entries * 6)
      this.thresholds = new Float64Array(Math.max(entries * 6, this.thresholds.length * 2));
    const { thresholds, ids } = this;
    for (let entry = 0; entry < entries; entry += 1) {
      const at = entry * 6;
      clearBarringAt(thresholds, at);
      clearBarringAt(thresholds, at + 3);
      ids[entry] = NO_IDS;
    }
  }

  /**
   * Sets a contributor's barring of `vendor` to `summary`'s slot (`slot` < 0:
   * the summary does not name the vendor) and says what changed.
   */
  set(vendor: number, contributor: number, summary: ActorBarring, slot: number): number {
    const entry = vendor * this.contributors + contributor;
    const { thresholds, ids } = this;
    const at = entry * 6;
    let change = UNCHANGED;
    const newIds = slot < 0 ? NO_IDS : (summary.measureIds[slot] as readonly string[]);
    const oldIds = ids[entry] as readonly string[];
    if (oldIds !== newIds) {
      this.noteIdChange(vendor, contributor, oldIds);
      ids[entry] = newIds;
      change = IDS_CHANGED;
    }
    if (slot < 0) {
      change = this.open(at, change);
    } else {
      const from = summary.barrings;
      const offset = slot * 6;
      for (let k = 0; k < 6; k += 1) {
        const value = from[offset + k] as number;
        if (thresholds[at + k] !== value) {
          thresholds[at + k] = value;
          if (change === UNCHANGED) change = THRESHOLDS_CHANGED;
        }
      }
    }
    return change;
  }

  private noteIdChange(vendor: number, contributor: number, oldIds: readonly string[]): void {
    const by = this.changedBy[vendor] as number;
    if (by === NONE) {
      this.changedBy[vendor] = contributor;
      this.idsBefore[vendor] = oldIds;
      this.changedVendors[this.changedCount++] = vendor;
    } else if (by !== contributor) this.changedBy[vendor] = SEVERAL;
  }

  /**
   * When only one contributor's ids for `vendor` changed since `endDay`: its
   * ids then and now, so that the market's merged list can be patched.
   */
  soleIdChange(
    vendor: number,
  ): { before: readonly string[]; after: readonly string[] } | undefined {
    const by = this.changedBy[vendor] as number;
    if (by < 0) return undefined;
    return {
      before: this.idsBefore[vendor] as readonly string[],
      after: this.ids[vendor * this.contributors + by] as readonly string[],
    };
  }

  /** Forgets which contributors' ids changed: a sweep calls it after each day. */
  endDay(): void {
    for (let at = 0; at < this.changedCount; at += 1) {
      const vendor = this.changedVendors[at] as number;
      this.changedBy[vendor] = NONE;
      this.idsBefore[vendor] = NO_IDS;
    }
    this.changedCount = 0;
  }

  private open(at: number, change: number): number {
    const { thresholds } = this;
    let changed = change;
    for (let k = 0; k < 6; k += 1) {
      // Pending thresholds (1 and 4) are open at -Infinity, the others at Infinity.
      const value = k === 1 || k === 4 ? -Infinity : Infinity;
      if (thresholds[at + k] !== value) {
        thresholds[at + k] = value;
        if (changed === UNCHANGED) changed = THRESHOLDS_CHANGED;
      }
    }
    return changed;
  }

  /** The market's combined barring of `vendor`: pending thresholds (1 and 4) by max, the others by min, as in VendorRow. */
  combine(vendor: number, into: Float64Array): void {
    const { thresholds } = this;
    let closed = Infinity;
    let pending = -Infinity;
    let restricted = Infinity;
    let suspendedClosed = Infinity;
    let suspendedPending = -Infinity;
    let suspendedRestricted = Infinity;
    const end = (vendor + 1) * this.contributors * 6;
    for (let at = vendor * this.contributors * 6; at < end; at += 6) {
      closed = Math.min(closed, thresholds[at] as number);
      pending = Math.max(pending, thresholds[at + 1] as number);
      restricted = Math.min(restricted, thresholds[at + 2] as number);
      suspendedClosed = Math.min(suspendedClosed, thresholds[at + 3] as number);
      suspendedPending = Math.max(suspendedPending, thresholds[at + 4] as number);
      suspendedRestricted = Math.min(suspendedRestricted, thresholds[at + 5] as number);
    }
    into[0] = closed;
    into[1] = pending;
    into[2] = restricted;
    into[3] = suspendedClosed;
    into[4] = suspendedPending;
    into[5] = suspendedRestricted;
  }

  /** Puts the contributors' non-empty id lists for `vendor` in `lists`, in contributor order; how many. */
  collectIds(vendor: number, lists: (readonly string[])[]): number {
    const { ids } = this;
    let count = 0;
    const end = (vendor + 1) * this.contributors;
    for (let entry = vendor * this.contributors; entry < end; entry += 1) {
      const list = ids[entry] as readonly string[];
      if (list.length > 0) lists[count++] = list;
    }
    return count;
  }
}
