import type { MarketStatus } from '../model/market.js';
import type { Figure } from './figures.js';
import type { ReferenceIndex } from './reference-index.js';

export interface MarketEntry {
  readonly country: string;
  readonly status: MarketStatus;
  /** The measures behind the status (the country's own and its operators'). */
  readonly measureIds: readonly string[];
  /** For `phase-out-pending`: the last removal deadline still ahead. */
  readonly deadline?: string;
  readonly gdpUsd?: Figure;
  readonly subscriptions?: Figure;
}

const NO_MEASURES: readonly string[] = Object.freeze([]);

/**
 * What an exposure answer says about each of its markets whatever the vendor:
 * the figures for the year asked, their world sums, and the entry of a market
 * no measure bars. Depends only on the markets and the year, so the index
 * keeps one per year and its answers share the (frozen) open entries.
 */
export interface MarketColumns {
  readonly markets: readonly string[];
  readonly year: number;
  readonly gdp: readonly (Figure | undefined)[];
  readonly subscriptions: readonly (Figure | undefined)[];
  readonly worldGdp: number;
  readonly worldSubscriptions: number;
  readonly openEntries: readonly MarketEntry[];
}

export function marketColumns(
  markets: readonly string[],
  year: number,
  reference: ReferenceIndex,
): MarketColumns {
  const gdp = markets.map((market) => reference.gdp(market, year));
  const subscriptions = markets.map((market) => reference.subscriptions(market, year));
  let worldGdp = 0;
  let worldSubscriptions = 0;
  for (let index = 0; index < markets.length; index += 1) {
    worldGdp += gdp[index]?.value ?? 0;
    worldSubscriptions += subscriptions[index]?.value ?? 0;
  }
  const openEntries = markets.map((country, index) =>
    Object.freeze(
      marketEntry(country, 'open', NO_MEASURES, undefined, gdp[index], subscriptions[index]),
    ),
  );
  return { markets, year, gdp, subscriptions, worldGdp, worldSubscriptions, openEntries };
}

/** An entry with its keys in the answer's order; absent figures and deadline are left out, not undefined. */
export function marketEntry(
  country: string,
  status: MarketStatus,
  measureIds: readonly string[],
  deadline: string | undefined,
  gdpUsd: Figure | undefined,
  subscriptions: Figure | undefined,
): MarketEntry {
  const entry: { -readonly [K in keyof MarketEntry]: MarketEntry[K] } = {
    country,
    status,
    measureIds,
  };
  if (deadline !== undefined) entry.deadline = deadline;
  if (gdpUsd !== undefined) entry.gdpUsd = gdpUsd;
  if (subscriptions !== undefined) entry.subscriptions = subscriptions;
  return entry;
}
