import { trendDates, type LedgerEvent, type TrendPoint } from '@cleannet/domain';
import type { LedgerIndex } from '@cleannet/ledger-index';
import {
  appliedEvent,
  asOfScope,
  mayChange,
  type AnswerScope,
} from '../answer-cache/answer-scope.js';

/** One point of a series and its JSON, as `JSON.stringify` writes it inside the answer. */
interface CachedPoint {
  readonly point: TrendPoint;
  readonly json: string;
  readonly scope: AnswerScope;
}

export interface TrendSeriesQuery {
  readonly from: string;
  readonly to: string;
  readonly interval: 'month' | 'quarter' | 'year';
  readonly knownAt?: string;
  readonly vendor?: string;
}

export interface TrendSeries {
  readonly points: readonly TrendPoint[];
  /** Each point's JSON, in order. */
  readonly pointsJson: readonly string[];
}

export interface TrendPointCache {
  /**
   * Feeds every applied event, in log order, after the index has applied it,
   * with whether it changed any state (true when unknown).
   */
  observe(event: LedgerEvent, statesChanged?: boolean): void;
  series(query: TrendSeriesQuery): TrendSeries;
  readonly size: number;
}

/** Points kept; each event is checked against every one, so the bound also bounds that work. */
const MAX_POINTS = 2000;

/**
 * Trend points, each kept until an applied event may change it. A point is
 * the state at its own date (membership and exposure as of it), so an event
 * placed after that date leaves it as it is: when appends land at dates
 * spread over the series, only the points at and after the earliest of them
 * are computed again, where a whole-answer cache would recompute all of them.
 * A point is computed by the index's own `trends` over that one date, so the
 * series is exactly what `trends` over the range gives.
 */
export function createTrendPointCache(index: LedgerIndex): TrendPointCache {
  const points = new Map<string, CachedPoint>();

  function pointAt(asOf: string, query: TrendSeriesQuery): CachedPoint {
    const key = `${asOf} ${query.knownAt ?? ''} ${query.vendor ?? ''}`;
    const cached = points.get(key);
    if (cached) return cached;
    const [point] = index.trends({
      from: asOf,
      to: asOf,
      interval: query.interval,
      ...(query.knownAt ? { knownAt: query.knownAt } : {}),
      ...(query.vendor ? { vendorId: query.vendor } : {}),
    });
    if (point === undefined) throw new Error(`no trend point at ${asOf}`);
    const entry = {
      point,
      json: JSON.stringify(point),
      scope: asOfScope({ asOf, knownAt: query.knownAt }),
    };
    if (points.size >= MAX_POINTS) points.delete(points.keys().next().value!);
    points.set(key, entry);
    return entry;
  }

  return {
    observe(event, statesChanged) {
      if (points.size === 0 || statesChanged === false) return;
      // A point lists no actors: whether the event's actor is new does not matter.
      const applied = appliedEvent(event, false);
      for (const [key, entry] of points) if (mayChange(entry.scope, applied)) points.delete(key);
    },
    series(query) {
      const entries = trendDates(query.from, query.to, query.interval).map((asOf) =>
        pointAt(asOf, query),
      );
      return {
        points: entries.map((entry) => entry.point),
        pointsJson: entries.map((entry) => entry.json),
      };
    },
    get size() {
      return points.size;
    },
  };
}

/** `JSON.stringify({ from, to, interval, points })`, from the points' own JSON. */
export function trendsJson(query: TrendSeriesQuery, pointsJson: readonly string[]): string {
  const { from, to, interval } = query;
  // '{"from":…,"interval":…,"points":[]}' without its closing ']}'.
  const head = JSON.stringify({ from, to, interval, points: [] }).slice(0, -2);
  return `${head}${pointsJson.join(',')}]}`;
}
