import type { Trends, VendorExposure } from '../api/types.ts';
import type { TableData } from '../csv/tableData.ts';
import { marketStatuses, type MarketStatus } from '../palette/status.ts';
import type { Weighting } from '../url/viewState.ts';

/** Stacking order, bottom up: the most closed markets first, open on top. */
export const exposureBands: readonly MarketStatus[] = [
  'closed',
  'phase-out-pending',
  'restricted',
  'suspended',
  'open',
];

export interface ExposureSeries {
  periods: string[];
  /**
   * Per band, one value per period: a share in % (of world GDP or of world
   * mobile subscriptions) or a count of markets; null where the ledger's
   * reference data has no figure.
   */
  bands: Record<MarketStatus, (number | null)[]>;
}

const toPercent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/**
 * The vendor's markets over time by status, as the trends give them per
 * period: a count of markets, or the share of world GDP (`gdpShare`) or of
 * world mobile subscriptions (`subscriptionsShare`) they hold.
 */
export function exposureSeries(
  trends: Trends,
  vendorId: string,
  weight: Weighting,
): ExposureSeries {
  const bands = Object.fromEntries(
    marketStatuses.map((status) => [status, [] as (number | null)[]]),
  ) as Record<MarketStatus, (number | null)[]>;
  for (const point of trends.points) {
    const vendor = point.exposure.find((entry) => entry.vendorId === vendorId);
    for (const status of marketStatuses) {
      let value: number | null = null;
      if (vendor && weight === 'markets') value = vendor.markets[status];
      else if (vendor && weight === 'gdp') value = toPercent(vendor.gdpShare[status]);
      else if (vendor && weight === 'subscribers')
        value = toPercent(vendor.subscriptionsShare[status]);
      bands[status].push(value);
    }
  }
  return { periods: trends.points.map((point) => point.asOf), bands };
}

export function exposureSeriesTable(
  series: ExposureSeries,
  unit: string,
  upTo?: string,
): TableData {
  const rows = series.periods
    .map((period, index) => ({
      period,
      ...Object.fromEntries(
        exposureBands.map((status) => [status, series.bands[status][index] ?? null]),
      ),
    }))
    .filter((row) => upTo === undefined || row.period.slice(0, 7) <= upTo.slice(0, 7));
  return {
    columns: [
      { key: 'period', label: 'Month ending' },
      ...exposureBands.map((status) => ({
        key: status,
        label: `${status} (${unit})`,
        numeric: true,
      })),
    ],
    rows,
  };
}

/** The markets behind each band at the selected date. */
export function marketsTable(vendor: VendorExposure, nameOf: (id: string) => string): TableData {
  const rows = exposureBands.flatMap((status) =>
    vendor.byStatus[status].markets.map((entry) => ({
      status,
      country: nameOf(entry.country),
      code: entry.country,
      deadline: entry.deadline ?? null,
      gdpUsd: entry.gdpUsd?.value ?? null,
      subscriptions: entry.subscriptions?.value ?? null,
      measures: entry.measureIds.join(' '),
    })),
  );
  return {
    columns: [
      { key: 'status', label: 'Status' },
      { key: 'country', label: 'Market' },
      { key: 'code', label: 'Code' },
      { key: 'deadline', label: 'Removal deadline' },
      { key: 'gdpUsd', label: 'GDP (USD)', numeric: true },
      { key: 'subscriptions', label: 'Mobile subscriptions', numeric: true },
      { key: 'measures', label: 'Measures' },
    ],
    rows,
  };
}
