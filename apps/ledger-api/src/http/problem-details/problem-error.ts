import { problem, type Problem, type ProblemFieldError, type ProblemStatus } from './problem.js';

/**
 * An error the HTTP edge itself raises (auth, bad query, unknown actor).
 * Errors from the domain and the log are not wrapped in this: they are
 * mapped in `to-problem.ts`.
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(
    readonly problem: Problem,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(problem.detail);
  }

  static of(status: ProblemStatus, detail: string, errors?: readonly ProblemFieldError[]) {
    return new ProblemError(problem(status, detail, errors ? { errors } : {}));
  }

  static badRequest(detail: string, errors?: readonly ProblemFieldError[]) {
    return ProblemError.of(400, detail, errors);
  }

  static unauthorized(detail: string, errors?: readonly ProblemFieldError[]) {
    return new ProblemError(problem(401, detail, errors ? { errors } : {}), {
      'WWW-Authenticate': 'Bearer realm="ledger"',
    });
  }

  static forbidden(detail: string) {
    return ProblemError.of(403, detail);
  }

  static notFound(detail: string) {
    return ProblemError.of(404, detail);
  }

  static unavailable(detail: string, retryAfterSeconds: number) {
    return new ProblemError(problem(503, detail), { 'Retry-After': String(retryAfterSeconds) });
  }
}
