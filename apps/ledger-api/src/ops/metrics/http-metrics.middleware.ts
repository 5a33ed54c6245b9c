import type { NextFunction, Request, Response } from 'express';
import type { LedgerMetrics } from './ledger-metrics.js';

/**
 * Times every request by its route pattern (not its URL, which would give
 * one series per actor id). Unmatched paths share one label.
 */
export function httpMetricsMiddleware(metrics: LedgerMetrics) {
  return (request: Request, response: Response, next: NextFunction) => {
    const stop = metrics.httpDuration.startTimer();
    response.on('finish', () => {
      // Answers served from the read cache name their route in locals (no router ran).
      const cachedRoute = response.locals.route as string | undefined;
      const route = (request.route as { path?: string } | undefined)?.path;
      stop({
        method: request.method,
        route: cachedRoute ?? (route ? `${request.baseUrl}${route}` : 'unmatched'),
        status: String(response.statusCode),
      });
    });
    next();
  };
}
