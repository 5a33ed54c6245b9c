import type { NextFunction, Response } from 'express';
import { ProblemError } from '../http/problem-details/problem-error.js';
import { writeMethods } from '../http/content-type.middleware.js';
import type { AuthenticatedRequest } from './access.guard.js';
import { authenticate, type Authentication } from './authenticate.js';
import type { TokenEntry } from './token-table.js';

/** The 401 for a request without a usable bearer token. */
export function unauthenticated(result: Exclude<Authentication, { kind: 'authenticated' }>) {
  return ProblemError.unauthorized(
    result.kind === 'anonymous' ? 'This route needs a bearer token.' : result.reason,
  );
}

/**
 * Every write needs a bearer token, so it is checked from the headers
 * before the body parser runs: an unauthenticated client cannot make the
 * service read (or wait for) a body. The refusal closes the connection
 * instead of draining a body nobody will read. The route's role is still
 * checked by the access guard, which reuses the principal found here.
 */
export function authenticateWrites(tokens: readonly TokenEntry[]) {
  return (request: AuthenticatedRequest, response: Response, next: NextFunction) => {
    if (!writeMethods.has(request.method)) return next();
    const result = authenticate(request.headers.authorization, tokens);
    if (result.kind === 'authenticated') {
      request.principal = result.principal;
      return next();
    }
    response.setHeader('Connection', 'close');
    next(unauthenticated(result));
  };
}
