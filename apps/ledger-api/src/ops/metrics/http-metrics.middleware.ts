import type { NextFunction, Request, Response } from 'express';
import type { LedgerMetrics } from './ledger-metrics.js';

/**
 * Times every request by its route pattern (not its URL, which would give
 * one series per actor id). Unmatched paths share one label. The labelled
 * child of each (method, route, status) is looked up once and kept: the
 * set is small and bounded (methods Node parses, routes, statuses).
 */
export function httpMetricsMiddleware(metrics: LedgerMetrics) {
  const series = new Map<string, { observe(seconds: number): void }>();
  return (request: Request, response: Response, next: NextFunction) => {
    const started = performance.now();
    response.once('finish', () => {
      // Answers served from the read cache name their route in locals (no router ran).
      const cachedRoute = response.locals.route as string | undefined;
      const path = (request.route as { path?: string } | undefined)?.path;
      const route = cachedRoute ?? (path ? `${request.baseUrl}${path}` : 'unmatched');
      const status = String(response.statusCode);
      const key = `${request.method} ${route} ${status}`;
      let child = series.get(key);
      if (child === undefined) {
        child = metrics.httpDuration.labels({ method: request.method, route, status });
        series.set(key, child);
      }
      child.observe((performance.now() - started) / 1000);
    });
    next();
  };
}
