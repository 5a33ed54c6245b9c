import type { Trends } from '../api/types.ts';
import type { TableData } from '../csv/tableData.ts';
import type { Day } from '../time/day.ts';
import { pointsUpTo, type TrendPoint } from './model.ts';

export interface TrendSeries {
  id: string;
  label: string;
  points: TrendPoint[];
  format: (value: number) => string;
}

const whole = new Intl.NumberFormat('en-GB');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** The four lines of the overview, from one trends answer. */
export function trendSeries(trends: Trends): TrendSeries[] {
  const series = (
    id: string,
    label: string,
    pick: (period: Trends['points'][number]) => number | null,
    format: (value: number) => string,
  ): TrendSeries => ({
    id,
    label,
    points: trends.points.map((point) => ({ period: point.asOf, value: pick(point) })),
    format,
  });
  return [
    series(
      'countries',
      'Member countries',
      (period) => period.members.country,
      (value) => whole.format(value),
    ),
    series(
      'gdp-share',
      'Share of world GDP (%)',
      (period) => (period.gdpShare === null ? null : Math.round(period.gdpShare * 1000) / 10),
      (value) => `${value}%`,
    ),
    series(
      'operators',
      'Clean operators',
      (period) => period.members.operator,
      (value) => whole.format(value),
    ),
    series(
      'subscribers',
      'Subscribers covered',
      (period) => period.subscribersCovered,
      (value) => compact.format(value),
    ),
  ];
}

export function seriesTable(series: TrendSeries, upTo?: Day): TableData {
  const points = upTo === undefined ? series.points : pointsUpTo(series.points, upTo);
  return {
    columns: [
      { key: 'period', label: 'Month ending' },
      { key: 'value', label: series.label, numeric: true },
    ],
    rows: points.map((point) => ({ period: point.period, value: point.value })),
  };
}
