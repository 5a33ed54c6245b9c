import type { LogRecord, LoggableEvent } from '../event-log.js';
import { LogCorrupted } from '../errors.js';

/**
 * Every record of the log, held in memory in position order, with the indexes
 * that appends validate against (ids, per-subject versions) and a signal that
 * wakes live readers. Both adapters fill it: the file log from disk and its
 * own appends, the Kafka log from its follower consumer and its own commits.
 */
export interface LogMemory<E extends LoggableEvent> {
  /** The position after the last record. */
  readonly head: number;
  readonly size: number;
  /** Adds records in position order; records below the head are already present and skipped. */
  add(records: readonly LogRecord<E>[]): void;
  /** Moves the head forward without adding records (positions taken by non-records, like Kafka markers). */
  advanceHead(position: number): void;
  last(): LogRecord<E> | undefined;
  recordOf(id: string): LogRecord<E> | undefined;
  versionOf(subject: string): number;
  /** Records with `from <= position < until`, at most `limit`. */
  slice(from: number, until: number, limit?: number): LogRecord<E>[];
  /** The first position whose record was recorded after `epochMs` (or the head). */
  positionAfter(epochMs: number): number;
  /** Resolves at the next `add`/`advanceHead`, or when the memory is closed. */
  changed(): Promise<void>;
  /** Wakes every waiter for the last time. */
  close(): void;
  readonly closed: boolean;
  /** Marks the memory as unusable (the source it follows failed for good); live readers stop with this error. */
  fail(error: unknown): void;
  readonly failure: unknown;
}

export function createLogMemory<E extends LoggableEvent>(): LogMemory<E> {
  const records: LogRecord<E>[] = [];
  const recordedAtMs: number[] = [];
  const byId = new Map<string, LogRecord<E>>();
  const versions = new Map<string, number>();
  let head = 0;
  let closed = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  let waiting: Promise<void> | undefined;

  function notify(): void {
    const resolve = wake;
    wake = undefined;
    waiting = undefined;
    resolve?.();
  }

  /** Index of the first record whose position is >= `position`. */
  function indexOfPosition(position: number): number {
    let low = 0;
    let high = records.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (records[mid]!.position < position) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  return {
    get head() {
      return head;
    },
    get size() {
      return records.length;
    },
    get closed() {
      return closed;
    },
    get failure() {
      return failure;
    },
    fail(error) {
      failure ??= error;
      notify();
    },
    add(added) {
      let grew = false;
      for (const record of added) {
        if (record.position < head) continue;
        const ms = Date.parse(record.recordedAt);
        if (byId.has(record.event.id)) {
          throw new LogCorrupted(`event id ${record.event.id} appears twice`, record.position);
        }
        deepFreeze(record);
        records.push(record);
        recordedAtMs.push(ms);
        byId.set(record.event.id, record);
        versions.set(record.event.subject, (versions.get(record.event.subject) ?? 0) + 1);
        head = record.position + 1;
        grew = true;
      }
      if (grew) notify();
    },
    advanceHead(position) {
      if (position > head) {
        head = position;
        notify();
      }
    },
    last: () => records.at(-1),
    recordOf: (id) => byId.get(id),
    versionOf: (subject) => versions.get(subject) ?? 0,
    slice(from, until, limit = Number.POSITIVE_INFINITY) {
      const start = indexOfPosition(from);
      const end = Math.min(indexOfPosition(until), start + limit);
      return records.slice(start, Math.max(start, end));
    },
    positionAfter(epochMs) {
      // recordedAt is non-decreasing with position, so a binary search finds the boundary.
      let low = 0;
      let high = records.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (recordedAtMs[mid]! <= epochMs) low = mid + 1;
        else high = mid;
      }
      return low < records.length ? records[low]!.position : head;
    },
    changed() {
      if (closed || failure !== undefined) return Promise.resolve();
      waiting ??= new Promise<void>((resolve) => {
        wake = resolve;
      });
      return waiting;
    },
    close() {
      closed = true;
      notify();
    },
  };
}

/** Records are shared with every reader, so none may change what the log holds. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
