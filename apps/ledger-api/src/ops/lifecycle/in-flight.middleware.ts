import type { NextFunction, Request, Response } from 'express';
import type { DrainState } from './drain-state.js';

/**
 * Counts requests that expect an answer. Streams are left out: they never
 * finish on their own, and shutdown closes them explicitly.
 */
export function inFlightMiddleware(drain: DrainState) {
  return (request: Request, response: Response, next: NextFunction) => {
    // Clients should not reuse a connection of a server that is going away.
    if (drain.draining) response.setHeader('Connection', 'close');
    if (request.path.endsWith('/stream')) return next();
    drain.requestStarted();
    let counted = true;
    const done = () => {
      if (!counted) return;
      counted = false;
      drain.requestFinished();
    };
    response.on('finish', done);
    response.on('close', done);
    next();
  };
}
