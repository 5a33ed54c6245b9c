import type { NextFunction, Request, Response } from 'express';
import { ProblemError } from '../http/problem-details/problem-error.js';
import { secretParametersIn } from '../ops/logging/secret-parameters.js';

/**
 * Refuses a request that carries a credential in its query string
 * (`?access_token=...`): URLs end up in access logs, proxy logs and browser
 * history. The problem tells the caller where the token goes instead; the
 * access log records the URL with the value redacted.
 */
export function refuseCredentialsInUrl(request: Request, _response: Response, next: NextFunction) {
  const names = secretParametersIn(request.originalUrl);
  if (names.length === 0) return next();
  next(
    ProblemError.unauthorized(
      'Credentials are not accepted in the URL, where logs keep them: send the token in the ' +
        'Authorization header ("Authorization: Bearer <token>"), and treat this one as exposed.',
      names.map((name) => ({ path: `(query) ${name}`, message: 'use the Authorization header' })),
    ),
  );
}
