import { LedgerUnreachableError, ProblemError } from '../rest/problem-error.js';

/** A mistake in the command line itself: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2, unreachable: 3 } as const;

/** One sentence for the terminal and the exit code a script can test; never a stack trace. */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof UsageError) return { message: error.message, exitCode: EXIT.usage };
  if (error instanceof LedgerUnreachableError) {
    return {
      message: `Cannot reach the ledger at ${error.url}: is it running (npm start), or is --url wrong?`,
      exitCode: EXIT.unreachable,
    };
  }
  if (error instanceof ProblemError) {
    const fields = error.errors
      .map((field) => [field.path, field.message].filter(Boolean).join(': '))
      .filter(Boolean);
    const detail = fields.length > 0 ? ` (${fields.join('; ')})` : '';
    const exitCode = error.status === 400 ? EXIT.usage : EXIT.failed;
    return { message: `The ledger refused the request: ${error.detail}${detail}`, exitCode };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message: `Failed: ${message}`, exitCode: EXIT.failed };
}
