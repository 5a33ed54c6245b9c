import type { NextFunction, Request, Response } from 'express';
import { ProblemError } from './problem-details/problem-error.js';

export const writeMethods = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Writes accept JSON only. Checked before the body is read, so a client
 * that sends form data or XML learns why (415) instead of getting a
 * confusing validation error about an empty body.
 */
export function jsonOnlyWrites(request: Request, _response: Response, next: NextFunction) {
  if (!writeMethods.has(request.method)) return next();
  if (request.is(['application/json', 'application/*+json'])) return next();
  const given = request.headers['content-type'] ?? 'none';
  next(
    new ProblemError({
      ...ProblemError.of(415, `Writes take application/json; this request sent ${given}.`).problem,
      errors: [{ path: '(header) content-type', message: 'must be application/json' }],
    }),
  );
}
