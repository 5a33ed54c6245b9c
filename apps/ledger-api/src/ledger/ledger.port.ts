import type { LedgerEvent } from '@cleannet/domain';
import type { ReadinessCheck } from '../ops/health/readiness.port.js';

/** DI token for the Ledger: the application service every controller talks to. */
export const LEDGER = Symbol('LEDGER');

/** An event as the ledger stored it, with its place in the log. */
export interface StoredEvent {
  readonly position: number;
  readonly event: LedgerEvent;
}

export interface AppendOutcome {
  readonly stored: readonly StoredEvent[];
  /** True when every event had been appended before: the originals are returned, nothing was written. */
  readonly replayed: boolean;
}

export interface EventFilter {
  readonly actor?: string;
  readonly type?: string;
  readonly effectiveFrom?: string;
  readonly effectiveTo?: string;
  readonly knownAt?: string;
  /** Exclusive lower bound on positions (the cursor of the previous page). */
  readonly after?: number;
  readonly limit: number;
}

export interface EventPage {
  readonly events: readonly StoredEvent[];
  /** Pass as `cursor` to get the next page; absent on the last page. */
  readonly nextCursor?: number;
}

export interface Ledger {
  /** Validates and appends the proposed events atomically, through the single writer. */
  append(proposed: readonly unknown[], principal: string): Promise<AppendOutcome>;
  events(filter: EventFilter): EventPage;
  readiness(): Promise<readonly ReadinessCheck[]>;
  /** Refuses new writes and waits for queued ones to finish. */
  drain(): Promise<void>;
  close(): Promise<void>;
}
