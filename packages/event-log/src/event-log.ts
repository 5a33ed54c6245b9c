/**
 * The EventLog port: an append-only, totally ordered log of events, each
 * stamped by the log with a position and a transaction time. It knows nothing
 * of the domain beyond two fields every event carries: its `id` (the
 * idempotency key) and its `subject` (the per-actor stream, the Kafka key).
 */
export interface LoggableEvent {
  readonly id: string;
  readonly subject: string;
}

export interface LogRecord<E extends LoggableEvent> {
  /**
   * Strictly increasing across the log. Positions may have gaps (Kafka
   * transaction markers take offsets; a repaired file log skips quarantined
   * records), so use them as cursors, never as counts.
   */
  readonly position: number;
  /** Transaction time set by the log: ISO 8601 UTC, millisecond precision, non-decreasing with position. */
  readonly recordedAt: string;
  readonly event: E;
}

export interface AppendOptions {
  /**
   * Per-subject optimistic concurrency: the number of events already appended
   * for that subject. Checked atomically with the append.
   */
  readonly expectedVersions?: Readonly<Record<string, number>>;
}

export interface AppendResult<E extends LoggableEvent> {
  /** The stored records, in batch order. */
  readonly records: readonly LogRecord<E>[];
  /** True when every id had been appended before: nothing new was written and `records` are the originals. */
  readonly duplicate: boolean;
}

export interface ReadOptions {
  /** Exclusive upper bound on positions; defaults to the head when the read starts. */
  readonly until?: number;
  /** Stop after this many records. */
  readonly limit?: number;
}

export type RecordHandler<E extends LoggableEvent> = (record: LogRecord<E>) => void | Promise<void>;

export interface SubscribeOptions {
  /** Called once if the subscription stops because of an error (a throwing handler, a failed log). */
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Stops delivery; resolves once the handler is no longer running. */
  close(): Promise<void>;
  /** Settles when the subscription stops: resolves after `close()`, rejects with the error that stopped it. */
  readonly done: Promise<void>;
}

/** For readiness checks and metrics. */
export interface LogStatus {
  /** The storage answers (the file is open; the broker responds). */
  readonly reachable: boolean;
  /** Appends would be attempted now (false while recovering from an outage, fenced, closed or read-only). */
  readonly writable: boolean;
  /** Offsets in the storage not yet read into this instance (0 when caught up; null when unknown). */
  readonly lag: number | null;
  readonly detail?: string;
}

export interface EventLog<E extends LoggableEvent> {
  /** Appends the batch atomically (all or nothing) and resolves once it is durable. */
  append(events: readonly E[], options?: AppendOptions): Promise<AppendResult<E>>;
  /** Records with `from <= position < until`, in order. */
  read(from?: number, options?: ReadOptions): AsyncIterable<LogRecord<E>>;
  /** Records the log knew at `knownAt` (recordedAt <= knownAt), from `from` on. */
  readUntil(knownAt: string | Date, from?: number): AsyncIterable<LogRecord<E>>;
  /**
   * The exclusive end position of what the log knew at `timestamp`: every record
   * with `recordedAt <= timestamp` has a lower position, every later one a
   * position at or above it.
   */
  positionAt(timestamp: string | Date): Promise<number>;
  /** Catch-up from `from`, then live, in position order, one record at a time. */
  subscribe(from: number, handler: RecordHandler<E>, options?: SubscribeOptions): Subscription;
  /** The position after the last record: reading from it yields only records appended later. */
  head(): Promise<number>;
  /** The number of events appended so far for `subject` (what `expectedVersions` compares with). */
  versionOf(subject: string): Promise<number>;
  status(): Promise<LogStatus>;
  /** Finishes in-flight appends, stops subscriptions and releases resources. */
  close(): Promise<void>;
}
