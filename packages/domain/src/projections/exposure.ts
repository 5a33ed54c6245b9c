import { actorKindOf } from '../events/actor-ids.js';
import {
  barringSummary,
  classAt,
  marketStatusAt,
  mergeBarring,
  noBarring,
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

interface MarketBarring {
  active: Barring;
  suspended: Barring;
  measureIds: string[];
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
  const markets = new Set<string>(reference.countryCodes);
  const byVendor = new Map<string, Map<string, MarketBarring>>();

  for (const actorId of view.actorIds) {
    const kind = actorKindOf(actorId);
    if (kind !== 'country' && kind !== 'operator') continue;
    const state = view.stateOf(actorId);
    if (state === undefined) continue;
    if (kind === 'country') markets.add(actorId);
    const market =
      kind === 'country'
        ? actorId
        : (reference.operators.get(actorId)?.homeCountry ?? state.homeCountry);
    if (market === undefined) continue;
    for (const [vendor, barring] of barringSummary(state)) {
      if (vendorId !== undefined && vendor !== vendorId) continue;
      let perMarket = byVendor.get(vendor);
      if (perMarket === undefined) {
        perMarket = new Map();
        byVendor.set(vendor, perMarket);
      }
      let combined = perMarket.get(market);
      if (combined === undefined) {
        combined = { active: noBarring(), suspended: noBarring(), measureIds: [] };
        perMarket.set(market, combined);
      }
      mergeBarring(combined.active, barring.active);
      mergeBarring(combined.suspended, barring.suspended);
      combined.measureIds.push(...barring.activeMeasureIds, ...barring.suspendedMeasureIds);
    }
  }

  const vendorIds =
    vendorId !== undefined
      ? [vendorId]
      : [...new Set([...reference.untrustedVendors, ...byVendor.keys()])].sort();
  const sortedMarkets = [...markets].sort();
  let worldGdp = 0;
  let worldSubscriptions = 0;
  for (const market of sortedMarkets) {
    worldGdp += reference.gdp(market, year)?.value ?? 0;
    worldSubscriptions += reference.subscriptions(market, year)?.value ?? 0;
  }

  const vendors = vendorIds.map((vendor): VendorExposure => {
    const perMarket = byVendor.get(vendor);
    const entries: Record<MarketStatus, MarketEntry[]> = {
      suspended: [],
      closed: [],
      'phase-out-pending': [],
      restricted: [],
      open: [],
    };
    for (const market of sortedMarkets) {
      const barring = perMarket?.get(market);
      const status =
        barring === undefined ? 'open' : marketStatusAt(barring.active, barring.suspended, day);
      const entry: MarketEntry = {
        country: market,
        status,
        ...(status === 'phase-out-pending' &&
        barring !== undefined &&
        classAt(barring.active, day) === 'phase-out-pending'
          ? { deadline: dayFromNumber(barring.active.pendingBefore) }
          : {}),
        measureIds:
          status === 'open' || barring === undefined ? [] : [...new Set(barring.measureIds)].sort(),
        ...withFigure('gdpUsd', reference.gdp(market, year)),
        ...withFigure('subscriptions', reference.subscriptions(market, year)),
      };
      entries[status].push(entry);
    }
    const byStatus = Object.fromEntries(
      MARKET_STATUSES.map((status) => [
        status,
        summarise(entries[status], worldGdp, worldSubscriptions),
      ]),
    ) as Record<MarketStatus, StatusClass>;
    return { vendorId: vendor, byStatus };
  });

  return {
    asOf: query.asOf,
    ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }),
    year,
    vendors,
  };
}

function withFigure<K extends string>(key: K, figure: Figure | undefined): { [P in K]?: Figure } {
  return (figure === undefined ? {} : { [key]: figure }) as { [P in K]?: Figure };
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
