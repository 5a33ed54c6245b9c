import type { CommitmentChangeEvent } from '../events/commitment-change-event.js';
import { backoffDelay, sleep } from './backoff.js';
import type { ChangeHandler, DeliveryOrigin, RetryOptions } from './handler.js';

export type DeliveryOutcome =
  | { readonly handled: true }
  | { readonly handled: false; readonly error: unknown; readonly attempts: number }
  | { readonly handled: false; readonly stopped: true };

/**
 * Runs the handler until it succeeds or the attempts run out, waiting with
 * backoff between tries. `between` runs during each wait (e.g. a consumer
 * heartbeat), so a slow retry does not look like a dead consumer.
 */
export async function deliverWithRetry(
  event: CommitmentChangeEvent,
  origin: DeliveryOrigin,
  handler: ChangeHandler,
  retry: RetryOptions,
  signal: AbortSignal,
  between: () => Promise<void> = async () => {},
): Promise<DeliveryOutcome> {
  const attempts = Math.max(1, retry.attempts ?? 5);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    if (signal.aborted) return { handled: false, stopped: true };
    try {
      await handler(event, { origin, attempt });
      return { handled: true };
    } catch (error) {
      lastError = error;
    }
    if (attempt < attempts) {
      await between();
      if (!(await sleep(backoffDelay(attempt, retry.backoff), signal))) {
        return { handled: false, stopped: true };
      }
    }
  }
  return { handled: false, error: lastError, attempts };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
