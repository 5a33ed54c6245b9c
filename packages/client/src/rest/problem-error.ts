/** One field or rule a request broke, as the service names it. */
export interface ProblemFieldError {
  readonly path?: string;
  readonly message?: string;
}

/** An RFC 9457 problem document. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly errors?: readonly ProblemFieldError[];
  readonly [extension: string]: unknown;
}

/** The service answered with a problem document (or an error status without one). */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly ProblemFieldError[];
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.problem = problem;
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  /** A problem from any error body: the document when there is one, else one built from the status. */
  static from(status: number, statusText: string, body: unknown): ProblemError {
    if (isProblem(body)) return new ProblemError(body);
    const detail = typeof body === 'string' && body.trim() !== '' ? body.trim() : statusText;
    return new ProblemError({ type: 'about:blank', title: statusText || 'Error', status, detail });
  }
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.title === 'string' &&
    typeof candidate.type === 'string'
  );
}

/** The service could not be reached at all (refused, DNS, reset, timeout). */
export class LedgerUnreachableError extends Error {
  override readonly name = 'LedgerUnreachableError';
  constructor(
    readonly url: string,
    options: { cause: unknown },
  ) {
    super(`cannot reach the ledger at ${url}`, options);
  }
}
