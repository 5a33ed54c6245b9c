import { actorKindOf } from '../events/actor-ids.js';
import type { ActorState } from '../model/actor-state.js';
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
 */
class VendorRow {
  readonly activeClosed: Float64Array;
  readonly activePending: Float64Array;
  readonly activeRestricted: Float64Array;
  readonly suspendedClosed: Float64Array;
  readonly suspendedPending: Float64Array;
  readonly suspendedRestricted: Float64Array;
  readonly measureIds: (string[] | undefined)[];

  constructor(width: number) {
    this.activeClosed = new Float64Array(width).fill(Infinity);
    this.activePending = new Float64Array(width).fill(-Infinity);
    this.activeRestricted = new Float64Array(width).fill(Infinity);
    this.suspendedClosed = new Float64Array(width).fill(Infinity);
    this.suspendedPending = new Float64Array(width).fill(-Infinity);
    this.suspendedRestricted = new Float64Array(width).fill(Infinity);
    this.measureIds = new Array<string[] | undefined>(width).fill(undefined);
  }

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
  const day = view.asOfDay;
  const year = Number(query.asOf.slice(0, 4));

  const marketSet = new Set<string>(reference.countryCodes);
  const contributors: { market: string; state: ActorState }[] = [];
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
    if (market !== undefined) contributors.push({ market, state });
  });
  for (const { market } of contributors) marketSet.add(market);
  const markets = [...marketSet].sort();
  const marketSlot = new Map(markets.map((market, index) => [market, index]));

  const width = markets.length;
  const onlyVendor = vendorId === undefined ? -1 : vendorNumber(vendorId);
  const rowsByNumber: (VendorRow | undefined)[] = [];
  for (const { market, state } of contributors) {
    const marketIndex = marketSlot.get(market) as number;
    for (const measure of state.measures) {
      if (measure.status !== 'active' && measure.status !== 'suspended') continue;
      const effect = measureEffect(measure);
      const suspended = measure.status === 'suspended';
      for (const vendor of effect.vendorNumbers) {
        if (onlyVendor >= 0 && vendor !== onlyVendor) continue;
        let row = rowsByNumber[vendor];
        if (row === undefined) {
          row = new VendorRow(width);
          rowsByNumber[vendor] = row;
        }
        row.add(marketIndex, effect.barring, suspended, measure.measureId);
      }
    }
  }
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
      const measureIds = row?.measureIds[index];
      const entry: { -readonly [K in keyof MarketEntry]: MarketEntry[K] } = {
        country: markets[index] as string,
        status: 'open',
        measureIds: [],
      };
      if (row !== undefined && measureIds !== undefined) {
        const active = row.barring(index, false);
        entry.status = marketStatusAt(active, row.barring(index, true), day);
        if (entry.status === 'phase-out-pending' && classAt(active, day) === 'phase-out-pending') {
          entry.deadline = dayFromNumber(active.pendingBefore);
        }
        if (entry.status !== 'open') entry.measureIds = measureIds.slice().sort();
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
