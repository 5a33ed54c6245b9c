import { constants } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EventLog, LogRecord, LoggableEvent } from '../event-log.js';
import { LogCorrupted, LogUnavailable } from '../errors.js';
import { stderrLogger, type EventLogLogger } from '../logger.js';
import { createGroupCommit } from '../memory/group-commit.js';
import { createLogMemory, type LogMemory } from '../memory/log-memory.js';
import { readFromMemory, subscribeToMemory } from '../memory/reads.js';
import { syncDirectory, writeFileDurably } from './durable-fs.js';
import { encodeFrame } from './frame.js';
import { acquireLock, type FileLock } from './lock.js';
import { scanFrames } from './scan.js';
import { toEpochMs } from '../time.js';

export interface FileLogOptions {
  /** The log file; created with its directory when missing. A `.lock` file sits beside it. */
  readonly path: string;
  readonly logger?: EventLogLogger;
  /** Upper bound on the bytes one group commit writes (a single larger batch still goes alone). */
  readonly maxGroupBytes?: number;
  /** The clock stamping recordedAt; injectable for tests. */
  readonly now?: () => number;
}

/**
 * Opens the embedded log: one append-only file, recovered on open. A torn
 * final record (a write cut short by a crash) is moved to a `.torn-*` file and
 * cut off; damage anywhere else refuses to open with LogCorrupted, since
 * guessing past it could lose acknowledged events (see `repairFileLog`).
 */
export async function openFileLog<E extends LoggableEvent>(
  options: FileLogOptions,
): Promise<EventLog<E>> {
  const logger = options.logger ?? stderrLogger;
  const now = options.now ?? Date.now;
  await mkdir(dirname(options.path), { recursive: true });
  const lock = await acquireLock(`${options.path}.lock`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(options.path, constants.O_RDWR | constants.O_CREAT);
    await syncDirectory(dirname(options.path));
    const memory = createLogMemory<E>();
    const endOffset = await recover(handle, options.path, memory, logger);
    return createFileLog(handle, lock, memory, endOffset, { ...options, logger, now });
  } catch (error) {
    await handle?.close();
    await lock.release();
    throw error;
  }
}

async function recover<E extends LoggableEvent>(
  handle: FileHandle,
  path: string,
  memory: LogMemory<E>,
  logger: EventLogLogger,
): Promise<number> {
  const contents = await handle.readFile();
  const scan = scanFrames<E>(contents);
  if (scan.stop.kind === 'damaged') {
    throw new LogCorrupted(
      `${scan.stop.reason}; run the repair command to quarantine the damaged bytes`,
      scan.stop.position,
      scan.stop.byteOffset,
    );
  }
  if (scan.stop.kind === 'torn') {
    const torn = contents.subarray(scan.endOffset);
    const savedAs = `${path}.torn-${fileStamp()}`;
    await writeFileDurably(savedAs, torn);
    await handle.truncate(scan.endOffset);
    await handle.sync();
    logger.warn('Dropped a torn record at the end of the log (a write cut short by a crash)', {
      path,
      byteOffset: scan.endOffset,
      droppedBytes: torn.length,
      afterPosition: scan.records.at(-1)?.record.position ?? null,
      savedAs,
    });
  }
  memory.add(scan.records.map((scanned) => scanned.record));
  return scan.endOffset;
}

function createFileLog<E extends LoggableEvent>(
  handle: FileHandle,
  lock: FileLock,
  memory: LogMemory<E>,
  initialEndOffset: number,
  options: FileLogOptions & { logger: EventLogLogger; now: () => number },
): EventLog<E> {
  let endOffset = initialEndOffset;
  let lastRecordedMs = lastRecordedAt(memory);
  let writeFailure: unknown;
  let closing: Promise<void> | undefined;

  const groupCommit = createGroupCommit<E>(
    memory,
    async (staged) => {
      // Never earlier than the last record, so recordedAt stays ordered like positions.
      lastRecordedMs = Math.max(options.now(), lastRecordedMs);
      const recordedAt = new Date(lastRecordedMs).toISOString();
      const records: LogRecord<E>[] = staged.map((s, i) => ({
        position: memory.head + i,
        recordedAt,
        event: s.event,
      }));
      const bytes = Buffer.concat(
        staged.map((s, i) => encodeFrame(records[i]!.position, recordedAt, s.json)),
      );
      try {
        await writeAll(handle, bytes, endOffset);
        await handle.datasync();
      } catch (error) {
        // After a failed fsync the file's state is unknown: stop writing until reopened.
        writeFailure = error;
        await handle.truncate(endOffset).catch(() => undefined);
        options.logger.error(
          'Writing the event log failed; appends are refused until it is reopened',
          {
            path: options.path,
            error: String(error),
          },
        );
        throw new LogUnavailable('The event log could not be written', 30, { cause: error });
      }
      endOffset += bytes.length;
      return records;
    },
    {
      maxGroupBytes: options.maxGroupBytes ?? 1024 * 1024,
      beforeCommit() {
        if (writeFailure !== undefined) {
          throw new LogUnavailable('The event log failed an earlier write', 30, {
            cause: writeFailure,
          });
        }
      },
    },
  );

  return {
    append: (events, appendOptions) => groupCommit.append(events, appendOptions),
    read: (from, readOptions) => readFromMemory(memory, from, readOptions),
    async *readUntil(knownAt, from) {
      yield* readFromMemory(memory, from, { until: memory.positionAfter(toEpochMs(knownAt)) });
    },
    positionAt: async (timestamp) => memory.positionAfter(toEpochMs(timestamp)),
    subscribe: (from, handler, subscribeOptions) =>
      subscribeToMemory(memory, from, handler, subscribeOptions),
    head: async () => memory.head,
    versionOf: async (subject) => memory.versionOf(subject),
    async status() {
      const writable = writeFailure === undefined && closing === undefined;
      return {
        reachable: closing === undefined,
        writable,
        lag: 0,
        ...(writeFailure === undefined ? {} : { detail: `write failed: ${String(writeFailure)}` }),
      };
    },
    close() {
      closing ??= (async () => {
        await groupCommit.close();
        memory.close();
        await handle.close();
        await lock.release();
      })();
      return closing;
    },
  };
}

async function writeAll(handle: FileHandle, bytes: Buffer, at: number): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(
      bytes,
      written,
      bytes.length - written,
      at + written,
    );
    written += bytesWritten;
  }
}

function lastRecordedAt(memory: LogMemory<LoggableEvent>): number {
  const last = memory.last();
  return last ? Date.parse(last.recordedAt) : Number.NEGATIVE_INFINITY;
}

export function fileStamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}
