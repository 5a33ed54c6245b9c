import type { ChangeFilter } from '../events/change-filter.js';
import type { CommitmentChangeEvent } from '../events/commitment-change-event.js';
import type { BackoffOptions } from './backoff.js';

/** Where a delivered change came from: enough to log it or find it again. */
export type DeliveryOrigin =
  | {
      readonly transport: 'kafka';
      readonly topic: string;
      readonly partition: number;
      readonly offset: string;
    }
  | { readonly transport: 'sse'; readonly lastEventId: string };

export interface DeliveryContext {
  readonly origin: DeliveryOrigin;
  /** 1 on the first try, more when an earlier try failed. */
  readonly attempt: number;
}

/**
 * Called once per matching change, in order per actor. The change counts as
 * handled only when the returned promise resolves; a throw is retried.
 * Deliveries are at least once: use the event id to spot a repeat.
 */
export type ChangeHandler = (
  event: CommitmentChangeEvent,
  context: DeliveryContext,
) => void | Promise<void>;

export interface RetryOptions {
  /** Tries in all before the change is dead-lettered (default 5). */
  readonly attempts?: number;
  readonly backoff?: BackoffOptions;
}

export interface SubscriptionOptionsBase {
  readonly handler: ChangeHandler;
  readonly filter?: ChangeFilter;
  readonly retry?: RetryOptions;
}

export interface Subscription {
  /** Stops after the change in hand; what was not handled is delivered again next time. */
  stop(): Promise<void>;
  /** Settles when the subscription ends: resolves on stop(), rejects if it failed for good. */
  readonly closed: Promise<void>;
}
