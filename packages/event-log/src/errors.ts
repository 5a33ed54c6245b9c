/**
 * Typed failures of the EventLog port. Callers branch on `code` (or
 * `instanceof`) to map them to responses: 409 for a conflict, 503 with
 * Retry-After when the log is unavailable, and so on.
 */
export abstract class EventLogError extends Error {
  abstract readonly code: string;
}

export class VersionConflict extends EventLogError {
  readonly code = 'VERSION_CONFLICT';
  constructor(
    readonly subject: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Version conflict on ${subject}: expected ${expected}, the log holds ${actual}`);
    this.name = 'VersionConflict';
  }
}

/** A batch that repeats ids already appended (or repeated within itself) alongside new ones. */
export class DuplicateEventMix extends EventLogError {
  readonly code = 'DUPLICATE_EVENT_MIX';
  constructor(
    readonly duplicateIds: readonly string[],
    readonly newIds: readonly string[],
  ) {
    super(
      `Batch mixes already appended or repeated ids (${duplicateIds.join(', ')}) with new ones; ` +
        'send either exactly a previous batch or only new events',
    );
    this.name = 'DuplicateEventMix';
  }
}

/**
 * The log cannot take writes right now (broker down, disk failing). The
 * outcome of the append is unknown only in the rare case noted in `message`;
 * retrying with the same ids is always safe, as appends are idempotent.
 */
export class LogUnavailable extends EventLogError {
  readonly code = 'LOG_UNAVAILABLE';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LogUnavailable';
  }
}

/** Another writer took over the log (same Kafka transactional id); this one must stop writing. */
export class WriterFenced extends EventLogError {
  readonly code = 'WRITER_FENCED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WriterFenced';
  }
}

export class LogCorrupted extends EventLogError {
  readonly code = 'LOG_CORRUPTED';
  constructor(
    readonly reason: string,
    /** The position of the damaged record, when it could be read (else the position expected there). */
    readonly position: number,
    /** Byte offset in the log file (file log only). */
    readonly byteOffset?: number,
  ) {
    super(
      `Log corrupted at position ${position}` +
        (byteOffset === undefined ? '' : ` (byte offset ${byteOffset})`) +
        `: ${reason}`,
    );
    this.name = 'LogCorrupted';
  }
}

/** The file log is owned by another process or another open handle in this one. */
export class LogLocked extends EventLogError {
  readonly code = 'LOG_LOCKED';
  constructor(
    readonly lockPath: string,
    readonly ownerPid: number,
  ) {
    super(
      `The log is already open by process ${ownerPid} (lock ${lockPath}). ` +
        'Stop that process; if it no longer exists, the lock is reclaimed automatically.',
    );
    this.name = 'LogLocked';
  }
}

export class LogClosed extends EventLogError {
  readonly code = 'LOG_CLOSED';
  constructor() {
    super('The event log is closed');
    this.name = 'LogClosed';
  }
}
