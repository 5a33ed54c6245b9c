import { actorKindOf } from '../events/actor-ids.js';
import type { ActorState, MeasureState } from '../model/actor-state.js';
import {
  classAt,
  marketStatusAt,
  measureEffect,
  vendorName,
  vendorNumber,
  MARKET_STATUSES,
  type Barring,
  type MarketStatus,
} from '../model/market.js';
import { dayFromNumber } from '../time/day.js';
import type { Figure } from './figures.js';
import type { ReferenceIndex } from './reference-index.js';
import type { LedgerView } from './view.js';

export interface MarketEntry {
  readonly country: string;
  readonly status: MarketStatus;
  /** For `phase-out-pending`: the last removal deadline still ahead. */
  readonly deadline?: string;
  /** The measures behind the status (the country's own and its operators'). */
  readonly measureIds: readonly string[];
  readonly gdpUsd?: Figure;
  readonly subscriptions?: Figure;
}

export interface StatusClass {
  readonly markets: readonly MarketEntry[];
  readonly count: number;
  readonly gdpUsd: number;
  readonly gdpShare: number | null;
  readonly subscriptions: number;
  readonly subscriptionsShare: number | null;
  /** Markets in this class without a figure: left out of the sums, never counted as zero. */
  readonly missing: { readonly gdp: readonly string[]; readonly subscriptions: readonly string[] };
}

export interface VendorExposure {
  readonly vendorId: string;
  readonly byStatus: Readonly<Record<MarketStatus, StatusClass>>;
}

export interface Exposure {
  readonly asOf: string;
  readonly knownAt?: string;
  readonly year: number;
  readonly vendors: readonly VendorExposure[];
}

/**
 * Barring of one vendor per market, accumulated in flat typed arrays: a
 * query touches every actor, so it avoids an object per (vendor, market).
 * The measures behind a market are kept as the sorted lists of the actors
 * that contribute to it, merged only for the markets the answer lists.
 */
class VendorRow {
  readonly activeClosed: Float64Array;
  readonly activePending: Float64Array;
  readonly activeRestricted: Float64Array;
  readonly suspendedClosed: Float64Array;
  readonly suspendedPending: Float64Array;
  readonly suspendedRestricted: Float64Array;
  readonly measureIds: (string[] | undefined)[];
  readonly idLists: ((readonly string[])[] | undefined)[];

  constructor(width: number) {
    this.activeClosed = new Float64Array(width).fill(Infinity);
    this.activePending = new Float64Array(width).fill(-Infinity);
    this.activeRestricted = new Float64Array(width).fill(Infinity);
    this.suspendedClosed = new Float64Array(width).fill(Infinity);
    this.suspendedPending = new Float64Array(width).fill(-Infinity);
    this.suspendedRestricted = new Float64Array(width).fill(Infinity);
    this.measureIds = new Array<string[] | undefined>(width).fill(undefined);
    this.idLists = new Array<(readonly string[])[] | undefined>(width).fill(undefined);
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
    const b = summary.barrings;
    const at = slot * 6;
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
    const ids = summary.measureIds[slot] as readonly string[];
    const lists = this.idLists[market];
    if (lists === undefined) this.idLists[market] = [ids];
    else lists.push(ids);
  }

  /** Whether any measure bars this vendor in the market. */
  has(market: number): boolean {
    return this.measureIds[market] !== undefined || this.idLists[market] !== undefined;
  }

  /** The measures behind the market, sorted (a fresh array). */
  sortedIds(market: number): string[] {
    const ids = this.measureIds[market];
    if (ids !== undefined) return ids.slice().sort();
    const lists = this.idLists[market];
    if (lists === undefined) return [];
    // Each list is sorted already; a single one (the common case) needs no sort.
    if (lists.length === 1) return (lists[0] as readonly string[]).slice();
    return mergeSorted(lists);
  }

  barring(market: number, suspended: boolean): Barring {
    return suspended
      ? {
          closedFrom: this.suspendedClosed[market] as number,
          pendingBefore: this.suspendedPending[market] as number,
          restrictedFrom: this.suspendedRestricted[market] as number,
        }
      : {
          closedFrom: this.activeClosed[market] as number,
          pendingBefore: this.activePending[market] as number,
          restrictedFrom: this.activeRestricted[market] as number,
        };
  }
}

/**
 * Merges sorted lists into one sorted array, pairwise: the same order as
 * `concat(...).sort()` (both compare UTF-16 code units) without a string sort.
 */
function mergeSorted(lists: readonly (readonly string[])[]): string[] {
  let round: (readonly string[])[] = lists.slice();
  while (round.length > 1) {
    const next: (readonly string[])[] = [];
    for (let index = 0; index + 1 < round.length; index += 2)
      next.push(mergeTwo(round[index] as readonly string[], round[index + 1] as readonly string[]));
    if (round.length % 2 === 1) next.push(round[round.length - 1] as readonly string[]);
    round = next;
  }
  return (round[0] ?? []).slice();
}

function mergeTwo(a: readonly string[], b: readonly string[]): string[] {
  const merged = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (y < x) {
      merged[k++] = y;
      j += 1;
    } else {
      merged[k++] = x;
      i += 1;
    }
  }
  while (i < a.length) merged[k++] = a[i++] as string;
  while (j < b.length) merged[k++] = b[j++] as string;
  return merged;
}

/**
 * One actor's live measures reduced per vendor: the combined active and
 * suspended barring (6 thresholds per vendor slot, in `barrings`) and the
 * sorted ids of the measures behind them. A pure function of the actor's
 * (immutable) measures array, which every state without a measure change
 * shares, so it is computed once per array and cached.
 */
interface ActorBarring {
  readonly vendorNumbers: readonly number[];
  readonly barrings: readonly number[];
  readonly measureIds: readonly (readonly string[])[];
}

const actorBarrings = new WeakMap<readonly MeasureState[], ActorBarring>();
const NO_BARRING: ActorBarring = {
  vendorNumbers: [],
  barrings: [],
  measureIds: [],
};

function actorBarringOf(measures: readonly MeasureState[]): ActorBarring {
  const cached = actorBarrings.get(measures);
  if (cached !== undefined) return cached;
  const vendorNumbers: number[] = [];
  const ids: string[][] = [];
  const thresholds: number[] = [];
  for (const measure of measures) {
    if (measure.status !== 'active' && measure.status !== 'suspended') continue;
    const effect = measureEffect(measure);
    const offset = measure.status === 'suspended' ? 3 : 0;
    for (const vendor of effect.vendorNumbers) {
      let slot = vendorNumbers.indexOf(vendor);
      if (slot < 0) {
        slot = vendorNumbers.length;
        vendorNumbers.push(vendor);
        ids.push([]);
        thresholds.push(Infinity, -Infinity, Infinity, Infinity, -Infinity, Infinity);
      }
      (ids[slot] as string[]).push(measure.measureId);
      const at = slot * 6 + offset;
      thresholds[at] = Math.min(thresholds[at] as number, effect.barring.closedFrom);
      thresholds[at + 1] = Math.max(thresholds[at + 1] as number, effect.barring.pendingBefore);
      thresholds[at + 2] = Math.min(thresholds[at + 2] as number, effect.barring.restrictedFrom);
    }
  }
  const summary: ActorBarring =
    vendorNumbers.length === 0
      ? NO_BARRING
      : {
          vendorNumbers,
          barrings: thresholds,
          measureIds: ids.map((list) => (list.length > 1 ? list.sort() : list)),
        };
  actorBarrings.set(measures, summary);
  return summary;
}

type Accumulate = (
  contributors: readonly { marketIndex: number; state: ActorState }[],
  onlyVendor: number,
  rowOf: (vendor: number) => VendorRow,
) => void;

/** Per actor, through its cached summary: what the index and the API use. */
const byActor: Accumulate = (contributors, onlyVendor, rowOf) => {
  for (const { marketIndex, state } of contributors) {
    const summary = actorBarringOf(state.measures);
    const { vendorNumbers } = summary;
    for (let slot = 0; slot < vendorNumbers.length; slot += 1) {
      const vendor = vendorNumbers[slot] as number;
      if (onlyVendor >= 0 && vendor !== onlyVendor) continue;
      rowOf(vendor).addActor(marketIndex, summary, slot);
    }
  }
};

/** Per measure, nothing cached: the naive replay's path, against which the index is tested. */
const byMeasure: Accumulate = (contributors, onlyVendor, rowOf) => {
  for (const { marketIndex, state } of contributors) {
    for (const measure of state.measures) {
      if (measure.status !== 'active' && measure.status !== 'suspended') continue;
      const effect = measureEffect(measure);
      const suspended = measure.status === 'suspended';
      for (const vendor of effect.vendorNumbers) {
        if (onlyVendor >= 0 && vendor !== onlyVendor) continue;
        rowOf(vendor).add(marketIndex, effect.barring, suspended, measure.measureId);
      }
    }
  }
};

/**
 * Per vendor, the status of every market: the country's own measures and its
 * operators' measures combined. Operators count toward their home country
 * (reference data first, else the home country their pledge names).
 */
export function exposureOf(
  view: LedgerView,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  vendorId?: string,
): Exposure {
  return exposureWith(byActor, view, reference, query, vendorId);
}

/**
 * The same answer as `exposureOf`, computed measure by measure without the
 * per-actor cache: the naive replay uses it, so the property test that
 * compares the index with the replay also checks the cache.
 */
export function exposureByMeasure(
  view: LedgerView,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  vendorId?: string,
): Exposure {
  return exposureWith(byMeasure, view, reference, query, vendorId);
}

function exposureWith(
  accumulate: Accumulate,
  view: LedgerView,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  vendorId?: string,
): Exposure {
  const day = view.asOfDay;
  const year = Number(query.asOf.slice(0, 4));

  const marketSet = new Set<string>(reference.countryCodes);
  const found: { market: string; state: ActorState }[] = [];
  view.forEachState((state) => {
    const actorId = state.actorId;
    const kind = actorKindOf(actorId);
    if (kind === 'country') marketSet.add(actorId);
    else if (kind !== 'operator') return;
    if (state.measures.length === 0) return;
    const market =
      kind === 'country'
        ? actorId
        : (reference.operators.get(actorId)?.homeCountry ?? state.homeCountry);
    if (market !== undefined) found.push({ market, state });
  });
  for (const { market } of found) marketSet.add(market);
  const markets = [...marketSet].sort();
  const marketSlot = new Map(markets.map((market, index) => [market, index]));
  const contributors = found.map(({ market, state }) => ({
    marketIndex: marketSlot.get(market) as number,
    state,
  }));

  const width = markets.length;
  const onlyVendor = vendorId === undefined ? -1 : vendorNumber(vendorId);
  const rowsByNumber: (VendorRow | undefined)[] = [];
  accumulate(contributors, onlyVendor, (vendor) => {
    let row = rowsByNumber[vendor];
    if (row === undefined) {
      row = new VendorRow(width);
      rowsByNumber[vendor] = row;
    }
    return row;
  });
  const rows = new Map<string, VendorRow>();
  rowsByNumber.forEach((row, number) => {
    if (row !== undefined) rows.set(vendorName(number), row);
  });

  const gdp = markets.map((market) => reference.gdp(market, year));
  const subscriptions = markets.map((market) => reference.subscriptions(market, year));
  let worldGdp = 0;
  let worldSubscriptions = 0;
  for (let index = 0; index < width; index += 1) {
    worldGdp += gdp[index]?.value ?? 0;
    worldSubscriptions += subscriptions[index]?.value ?? 0;
  }

  const vendorIds =
    vendorId !== undefined
      ? [vendorId]
      : [...new Set([...reference.untrustedVendors, ...rows.keys()])].sort();
  const vendors = vendorIds.map((vendor): VendorExposure => {
    const row = rows.get(vendor);
    const entries: Record<MarketStatus, MarketEntry[]> = {
      suspended: [],
      closed: [],
      'phase-out-pending': [],
      restricted: [],
      open: [],
    };
    for (let index = 0; index < width; index += 1) {
      const entry: { -readonly [K in keyof MarketEntry]: MarketEntry[K] } = {
        country: markets[index] as string,
        status: 'open',
        measureIds: [],
      };
      if (row !== undefined && row.has(index)) {
        const active = row.barring(index, false);
        entry.status = marketStatusAt(active, row.barring(index, true), day);
        if (entry.status === 'phase-out-pending' && classAt(active, day) === 'phase-out-pending') {
          entry.deadline = dayFromNumber(active.pendingBefore);
        }
        if (entry.status !== 'open') entry.measureIds = row.sortedIds(index);
      }
      const gdpFigure = gdp[index];
      if (gdpFigure !== undefined) entry.gdpUsd = gdpFigure;
      const subscriptionFigure = subscriptions[index];
      if (subscriptionFigure !== undefined) entry.subscriptions = subscriptionFigure;
      entries[entry.status].push(entry);
    }
    const byStatus = {} as Record<MarketStatus, StatusClass>;
    for (const status of MARKET_STATUSES)
      byStatus[status] = summarise(entries[status], worldGdp, worldSubscriptions);
    return { vendorId: vendor, byStatus };
  });

  const exposure: { -readonly [K in keyof Exposure]: Exposure[K] } = {
    asOf: query.asOf,
    year,
    vendors,
  };
  if (query.knownAt !== undefined) exposure.knownAt = query.knownAt;
  return exposure;
}

function summarise(
  markets: MarketEntry[],
  worldGdp: number,
  worldSubscriptions: number,
): StatusClass {
  let gdpUsd = 0;
  let subscriptions = 0;
  const missingGdp: string[] = [];
  const missingSubscriptions: string[] = [];
  for (const market of markets) {
    if (market.gdpUsd === undefined) missingGdp.push(market.country);
    else gdpUsd += market.gdpUsd.value;
    if (market.subscriptions === undefined) missingSubscriptions.push(market.country);
    else subscriptions += market.subscriptions.value;
  }
  return {
    markets,
    count: markets.length,
    gdpUsd,
    gdpShare: worldGdp > 0 ? gdpUsd / worldGdp : null,
    subscriptions,
    subscriptionsShare: worldSubscriptions > 0 ? subscriptions / worldSubscriptions : null,
    missing: { gdp: missingGdp, subscriptions: missingSubscriptions },
  };
}
