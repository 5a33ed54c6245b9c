import type { AppendOptions, LogRecord, LoggableEvent } from '../event-log.js';
import { DuplicateEventMix, VersionConflict } from '../errors.js';
import type { LogMemory } from './log-memory.js';

/** An event as it will be stored: its JSON is what goes to disk or Kafka, `event` is parsed back from it. */
export interface StagedEvent<E extends LoggableEvent> {
  readonly event: E;
  readonly json: string;
}

/** What a batch turned out to be once checked against the log and the batches staged before it. */
export type StagedBatch<E extends LoggableEvent> =
  | { readonly kind: 'known'; readonly records: readonly LogRecord<E>[] }
  | { readonly kind: 'staged'; readonly indexes: readonly number[]; readonly duplicate: boolean };

/**
 * Batches accepted for the next commit. Each batch is validated against the
 * log memory plus the batches staged before it, so a group of batches
 * committed together behaves exactly as if they had been appended one by one.
 */
export interface Draft<E extends LoggableEvent> {
  /** Validates and stages a batch; throws VersionConflict or DuplicateEventMix. */
  stage(events: readonly E[], options?: AppendOptions): StagedBatch<E>;
  readonly events: readonly StagedEvent<E>[];
  readonly bytes: number;
}

export function createDraft<E extends LoggableEvent>(memory: LogMemory<E>): Draft<E> {
  const events: StagedEvent<E>[] = [];
  const stagedIndexById = new Map<string, number>();
  const stagedPerSubject = new Map<string, number>();
  let bytes = 0;

  function versionOf(subject: string): number {
    return memory.versionOf(subject) + (stagedPerSubject.get(subject) ?? 0);
  }

  return {
    events,
    get bytes() {
      return bytes;
    },
    stage(batch, options = {}) {
      const seen = new Set<string>();
      const repeated: string[] = [];
      const known: LogRecord<E>[] = [];
      const stagedDuplicates: number[] = [];
      const fresh: E[] = [];
      for (const event of batch) {
        assertLoggable(event);
        if (seen.has(event.id)) repeated.push(event.id);
        seen.add(event.id);
        const record = memory.recordOf(event.id);
        const stagedIndex = stagedIndexById.get(event.id);
        if (record) known.push(record);
        else if (stagedIndex !== undefined) stagedDuplicates.push(stagedIndex);
        else fresh.push(event);
      }

      if (repeated.length > 0) throw new DuplicateEventMix(repeated, []);
      if (fresh.length === 0 && stagedDuplicates.length === 0) {
        return { kind: 'known', records: known };
      }
      if (fresh.length === 0 && known.length === 0) {
        // A retry racing its own original within one group: answer with the original's records.
        return { kind: 'staged', indexes: stagedDuplicates, duplicate: true };
      }
      if (fresh.length !== batch.length) {
        const freshIds = new Set(fresh.map((e) => e.id));
        const duplicateIds = batch.map((e) => e.id).filter((id) => !freshIds.has(id));
        throw new DuplicateEventMix(duplicateIds, [...freshIds]);
      }

      for (const [subject, expected] of Object.entries(options.expectedVersions ?? {})) {
        const actual = versionOf(subject);
        if (actual !== expected) throw new VersionConflict(subject, expected, actual);
      }

      const indexes: number[] = [];
      for (const event of fresh) {
        const json = JSON.stringify(event);
        indexes.push(events.length);
        stagedIndexById.set(event.id, events.length);
        stagedPerSubject.set(event.subject, (stagedPerSubject.get(event.subject) ?? 0) + 1);
        // Parsing the stored JSON back keeps memory identical to what a reopened log reads.
        events.push({ event: JSON.parse(json) as E, json });
        bytes += Buffer.byteLength(json);
      }
      return { kind: 'staged', indexes, duplicate: false };
    },
  };
}

function assertLoggable(event: unknown): asserts event is LoggableEvent {
  const candidate = event as Partial<LoggableEvent> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.id !== 'string' ||
    candidate.id.length === 0 ||
    typeof candidate.subject !== 'string' ||
    candidate.subject.length === 0
  ) {
    throw new TypeError('Every event needs a non-empty string id and subject');
  }
}
