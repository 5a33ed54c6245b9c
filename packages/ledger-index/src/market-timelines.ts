/*
 * Per market, per vendor, the market's barring by day for the latest knowledge.
 *
 * VendorTimeline, entry i (holds from days[i] until days[i + 1]):
 *   days[i]                 ascending, one entry per day the barring or its ids change
 *   thresholds[6i .. 6i+5]  active closed-from, pending-before, restricted-from,
 *                           then the same for suspended measures (min/max/min combined
 *                           over the market's contributors)
 *   ids[i]                  the sorted measure ids behind them; immutable, shared by
 *                           answers; `NO_IDS` (by identity) when nothing names the vendor
 * Invariant: consecutive entries differ (in thresholds or in ids).
 * measuresSwitch: ascending days at which "some contributor has measures"
 * flips, starting false, so it holds on `day` iff upperBound(switch, day) is odd.
 *
 * The sweep orders change points by (day, point number) packed into one
 * double, day * 2^24 + point, so a Float64Array's numeric sort orders them
 * without a comparator; exact while point < 2^24 (else it sorts with a
 * comparator) and |day| < 2^29, which every calendar day is.
 * Scratch for the sweep is the index's (`MarketSweep`), never module-level.
 */

import {
  type ActorBarring,
  type ActorState,
  SortedMerge,
  NO_BARRING,
  type VendorRow,
} from '@cleannet/domain';
import { replacedInSorted } from './replace-sorted.js';
import { VendorSet } from './vendor-set.js';
import { ContributorBarrings, IDS_CHANGED, NO_IDS, UNCHANGED } from './contributor-barrings.js';
import { refresh, type ActorTimeline } from './actor-timeline.js';
import { upperBound } from './search.js';

/**
 * One vendor's barring of one market for the latest knowledge, as it changes
 * by day: from days[i] until days[i + 1] the market's actors together bar it
 * with thresholds[6i .. 6i + 5] (active closed, pending, restricted, then
 * suspended) through the measures ids[i] (sorted; empty: nothing names it).
 * The id lists are immutable and shared by every answer that reads them.
 */
export interface VendorTimeline {
  readonly days: number[];
  readonly thresholds: number[];
  readonly ids: (readonly string[])[];
}

/**
 * The actors whose measures count for one market: the country and the
 * operators the reference data homes there (operators homed only by their
 * pledge can move, so they are combined at query time instead).
 */
export interface MarketTimeline {
  readonly market: string;
  readonly contributors: ActorTimeline[];
  /** The country's own timeline, when the ledger has one (its first fact puts the market in answers). */
  country: ActorTimeline | undefined;
  /** Set when a contributor changed since `vendors` was built. */
  stale: boolean;
  /** By vendor number. */
  vendors: (VendorTimeline | undefined)[];
  /** Days from which "some contributor has measures" switches (starting false), alternating. */
  measuresSwitch: number[];
}

export function newMarketTimeline(market: string): MarketTimeline {
  return {
    market,
    contributors: [],
    country: undefined,
    stale: true,
    vendors: [],
    measuresSwitch: [],
  };
}

const POINT_BITS = 2 ** 24;

/**
 * Point numbers sorted by day, then number: (day, number) packed into one
 * double so that a typed array's numeric sort does it without a comparator.
 */
function pointsInDayOrder(pointDays: readonly number[]): number[] {
  const count = pointDays.length;
  if (count >= POINT_BITS) {
    const order = pointDays.map((_, point) => point);
    return order.sort((a, b) => (pointDays[a] as number) - (pointDays[b] as number) || a - b);
  }
  const keys = new Float64Array(count);
  for (let point = 0; point < count; point += 1)
    keys[point] = (pointDays[point] as number) * POINT_BITS + point;
  keys.sort();
  const order = new Array<number>(count);
  for (let at = 0; at < count; at += 1) {
    const key = keys[at] as number;
    const day = Math.floor(key / POINT_BITS);
    order[at] = key - day * POINT_BITS;
  }
  return order;
}

function slotOf(summary: ActorBarring, vendor: number): number {
  // A loop rather than `indexOf`: a summary names a few vendors, and this runs for every contributor of every change.
  const { vendorNumbers } = summary;
  for (let slot = 0; slot < vendorNumbers.length; slot += 1)
    if (vendorNumbers[slot] === vendor) return slot;
  return -1;
}

/**
 * Sweeps the contributors' timelines in day order and records, per vendor,
 * every day on which the market's combined barring or the measures behind it
 * change. The state on a day is the one after its last fact, as a binary
 * search for the latest knowledge reads it, so changes within a day are
 * combined before anything is recorded.
 */
export function rebuildMarket(timeline: MarketTimeline, sweep: MarketSweep): void {
  const { contributors } = timeline;
  const { table } = sweep;
  // Change points: (day, contributor, timeline index), wherever a summary or "has measures" changes.
  const pointDays: number[] = [];
  const pointActors: number[] = [];
  const pointIndices: number[] = [];
  let vendorBound = 0;
  for (let actor = 0; actor < contributors.length; actor += 1) {
    const contributor = contributors[actor] as ActorTimeline;
    refresh(contributor);
    const { barrings, states, days } = contributor;
    let summary: ActorBarring | undefined;
    let hasMeasures = false;
    for (let index = 0; index < states.length; index += 1) {
      const next = barrings[index] as ActorBarring;
      const nextHas = (states[index] as ActorState).measures.length > 0;
      if (next === summary && nextHas === hasMeasures) continue;
      if (next !== summary) vendorBound = Math.max(vendorBound, vendorBoundOf(next));
      summary = next;
      hasMeasures = nextHas;
      pointDays.push(days[index] as number);
      pointActors.push(actor);
      pointIndices.push(index);
    }
  }
  const order = pointsInDayOrder(pointDays);

  const current: ActorBarring[] = contributors.map(() => NO_BARRING);
  const hasMeasures: boolean[] = contributors.map(() => false);
  let withMeasures = 0;
  const vendors: (VendorTimeline | undefined)[] = [];
  const measuresSwitch: number[] = [];
  const touched = new VendorSet();
  const idsChanged = new VendorSet();
  table.reset(contributors.length, vendorBound);
  const note = (vendor: number, change: number): void => {
    if (change === UNCHANGED) return;
    touched.add(vendor);
    if (change === IDS_CHANGED) idsChanged.add(vendor);
  };

  for (let at = 0; at < order.length;) {
    const day = pointDays[order[at] as number] as number;
    touched.clear();
    idsChanged.clear();
    for (; at < order.length && pointDays[order[at] as number] === day; at += 1) {
      const point = order[at] as number;
      const actor = pointActors[point] as number;
      const contributor = contributors[actor] as ActorTimeline;
      const index = pointIndices[point] as number;
      const before = current[actor] as ActorBarring;
      const after = contributor.barrings[index] as ActorBarring;
      current[actor] = after;
      const nowHas = (contributor.states[index] as ActorState).measures.length > 0;
      if (nowHas !== hasMeasures[actor]) {
        hasMeasures[actor] = nowHas;
        withMeasures += nowHas ? 1 : -1;
      }
      if (before === after) continue;
      // Indexed loops: iterators here allocated a result object per step in unoptimised runs.
      const { vendorNumbers: beforeVendors } = before;
      const { vendorNumbers: afterVendors } = after;
      for (let slot = 0; slot < beforeVendors.length; slot += 1) {
        const vendor = beforeVendors[slot] as number;
        note(vendor, table.set(vendor, actor, after, slotOf(after, vendor)));
      }
      for (let slot = 0; slot < afterVendors.length; slot += 1) {
        const vendor = afterVendors[slot] as number;
        if (slotOf(before, vendor) < 0) note(vendor, table.set(vendor, actor, after, slot));
      }
    }
    const switched = measuresSwitch.length % 2 === 1;
    if (switched !== withMeasures > 0) measuresSwitch.push(day);
    // Each vendor's timeline is recorded on its own, so the order of the touched vendors does not matter.
    const { members } = touched;
    for (let at = 0; at < touched.size; at += 1) {
      const vendor = members[at] as number;
      recordVendor(sweep, vendors, vendor, day, idsChanged.has(vendor));
    }
    table.endDay();
  }
  timeline.vendors = vendors;
  timeline.measuresSwitch = measuresSwitch;
  timeline.stale = false;
}

/** One more than the highest vendor number a summary names. */
function vendorBoundOf(summary: ActorBarring): number {
  let bound = 0;
  const { vendorNumbers } = summary;
  for (let slot = 0; slot < vendorNumbers.length; slot += 1)
    bound = Math.max(bound, (vendorNumbers[slot] as number) + 1);
  return bound;
}

/**
 * Scratch for a market sweep: the contributors' current barrings, the
 * combined thresholds of one vendor (6 numbers, as in `VendorTimeline`),
 * and the id lists to merge, of which a call fills the first `listCount`
 * (setting an array's length to 0 frees its backing store, and refilling it
 * allocated a new one at every call).
 */
export class MarketSweep {
  readonly table = new ContributorBarrings();
  readonly combined = new Float64Array(6);
  readonly lists: (readonly string[])[] = [];
  readonly merge = new SortedMerge();
}

function recordVendor(
  { table, combined, lists, merge }: MarketSweep,
  vendors: (VendorTimeline | undefined)[],
  vendor: number,
  day: number,
  idsMayHaveChanged: boolean,
): void {
  const collect = idsMayHaveChanged || vendors[vendor] === undefined;
  table.combine(vendor, combined);
  const listCount = collect ? table.collectIds(vendor, lists) : 0;
  let vendorTimeline = vendors[vendor];
  if (vendorTimeline === undefined) {
    vendorTimeline = { days: [], thresholds: [], ids: [] };
    vendors[vendor] = vendorTimeline;
  }
  const last = vendorTimeline.days.length - 1;
  const previousIds = last < 0 ? NO_IDS : (vendorTimeline.ids[last] as readonly string[]);
  let ids = previousIds;
  if (collect) {
    // One contributor's ids changed (the usual day): patch the recorded merge rather than merge anew.
    const sole = last >= 0 && listCount >= 2 ? table.soleIdChange(vendor) : undefined;
    const patched =
      sole === undefined ? undefined : replacedInSorted(previousIds, sole.before, sole.after);
    if (patched !== undefined) ids = patched;
    else if (listCount >= 2) ids = merge.mergeUnlessSame(lists, listCount, previousIds);
    else {
      const only = listCount === 0 ? NO_IDS : (lists[0] as readonly string[]);
      ids = sameStrings(only, previousIds) ? previousIds : only;
    }
  }
  const thresholds = vendorTimeline.thresholds;
  if (last >= 0 && ids === previousIds) {
    let same = true;
    for (let k = 0; k < 6 && same; k += 1) same = thresholds[last * 6 + k] === combined[k];
    if (same) return;
  }
  vendorTimeline.days.push(day);
  for (let k = 0; k < 6; k += 1) thresholds.push(combined[k] as number);
  vendorTimeline.ids.push(ids);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/** Whether some contributor has measures (live or ended) on `day`. */
export function hasMeasuresOn(timeline: MarketTimeline, day: number): boolean {
  return upperBound(timeline.measuresSwitch, day) % 2 === 1;
}

/**
 * Adds the market's barring on `day` to the vendor rows (slot `marketIndex`),
 * one precomputed entry per vendor: a binary search each.
 */
export function addMarketOn(
  timeline: MarketTimeline,
  day: number,
  marketIndex: number,
  onlyVendor: number,
  rowOf: (vendor: number) => VendorRow,
): void {
  const { vendors } = timeline;
  for (let vendor = 0; vendor < vendors.length; vendor += 1) {
    const vendorTimeline = vendors[vendor];
    if (vendorTimeline === undefined || (onlyVendor >= 0 && vendor !== onlyVendor)) continue;
    const entry = upperBound(vendorTimeline.days, day) - 1;
    if (entry < 0) continue;
    const ids = vendorTimeline.ids[entry] as readonly string[];
    // Empty lists are always NO_IDS: comparing identities saves reading each list.
    if (ids === NO_IDS) continue;
    rowOf(vendor).addCombined(marketIndex, vendorTimeline.thresholds, entry * 6, ids);
  }
}
