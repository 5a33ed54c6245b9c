import { MARKET_STATUSES, type MarketStatus } from '../model/market.js';
import { compareDays, endOfMonthAfter, type Day } from '../time/day.js';
import type { Exposure } from './exposure.js';
import type { Membership } from './membership.js';

export type TrendInterval = 'month' | 'quarter' | 'year';

export interface TrendQuery {
  readonly from: string;
  readonly to: string;
  /** Month by default. */
  readonly interval?: TrendInterval;
  readonly knownAt?: string;
  /** Limit the exposure series to one vendor. */
  readonly vendorId?: string;
}

export interface TrendPoint {
  readonly asOf: string;
  readonly members: Membership['counts'];
  readonly gdpShare: number | null;
  readonly subscribersCovered: number;
  readonly exposure: readonly {
    readonly vendorId: string;
    readonly markets: Readonly<Record<MarketStatus, number>>;
    readonly gdpShare: Readonly<Record<MarketStatus, number | null>>;
    /** Share of the world's mobile subscriptions in the markets of each status. */
    readonly subscriptionsShare: Readonly<Record<MarketStatus, number | null>>;
  }[];
}

const MONTHS: Record<TrendInterval, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The dates of a series: the end of every period that ends within
 * [from, to], then `to` itself if it is not a period end. Quarters and years
 * are calendar ones.
 */
export function trendDates(from: Day, to: Day, interval: TrendInterval = 'month'): Day[] {
  if (compareDays(from, to) > 0) return [];
  const step = MONTHS[interval];
  const dates: Day[] = [];
  const month = Number(from.slice(5, 7));
  // The first period end at or after `from`: months to the end of its quarter or year.
  const toPeriodEnd = interval === 'month' ? 0 : (step - (month % step)) % step;
  for (let months = toPeriodEnd; ; months += step) {
    const end = endOfMonthAfter(from, months);
    if (compareDays(end, to) > 0) break;
    dates.push(end);
  }
  if (dates.at(-1) !== to) dates.push(to);
  return dates;
}

function byStatus<T>(
  vendor: Exposure['vendors'][number],
  pick: (statusClass: Exposure['vendors'][number]['byStatus'][MarketStatus]) => T,
): Record<MarketStatus, T> {
  return Object.fromEntries(
    MARKET_STATUSES.map((status) => [status, pick(vendor.byStatus[status])]),
  ) as Record<MarketStatus, T>;
}

export function trendPointOf(membership: Membership, exposure: Exposure): TrendPoint {
  return {
    asOf: membership.asOf,
    members: membership.counts,
    gdpShare: membership.gdp.share,
    subscribersCovered: membership.subscribers.covered,
    exposure: exposure.vendors.map((vendor) => ({
      vendorId: vendor.vendorId,
      markets: byStatus(vendor, (c) => c.count),
      gdpShare: byStatus(vendor, (c) => c.gdpShare),
      subscriptionsShare: byStatus(vendor, (c) => c.subscriptionsShare),
    })),
  };
}
