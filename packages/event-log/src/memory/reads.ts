import type {
  LogRecord,
  LoggableEvent,
  ReadOptions,
  RecordHandler,
  SubscribeOptions,
  Subscription,
} from '../event-log.js';
import type { LogMemory } from './log-memory.js';

const chunkSize = 512;

/** Reads a snapshot: the end defaults to the head when the read starts, so a read always finishes. */
export async function* readFromMemory<E extends LoggableEvent>(
  memory: LogMemory<E>,
  from = 0,
  options: ReadOptions = {},
): AsyncGenerator<LogRecord<E>> {
  const until = options.until ?? memory.head;
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;
  let cursor = from;
  while (remaining > 0) {
    const chunk = memory.slice(cursor, until, Math.min(remaining, chunkSize));
    const last = chunk.at(-1);
    if (last === undefined) return;
    yield* chunk;
    remaining -= chunk.length;
    cursor = last.position + 1;
  }
}

/**
 * Catch-up then live from one cursor: the same loop serves both phases, so a
 * record appended while the catch-up runs is neither missed nor delivered
 * twice.
 */
export function subscribeToMemory<E extends LoggableEvent>(
  memory: LogMemory<E>,
  from: number,
  handler: RecordHandler<E>,
  options: SubscribeOptions = {},
): Subscription {
  let stopped = false;
  let wakeStop: () => void = () => undefined;
  const stop = new Promise<void>((resolve) => {
    wakeStop = resolve;
  });

  async function run(): Promise<void> {
    let cursor = from;
    while (!stopped) {
      if (memory.failure !== undefined) throw memory.failure;
      const changed = memory.changed();
      const chunk = memory.slice(cursor, Number.POSITIVE_INFINITY, chunkSize);
      for (const record of chunk) {
        if (stopped) return;
        await handler(record);
        cursor = record.position + 1;
      }
      if (chunk.length === 0) {
        if (memory.closed) return;
        await Promise.race([changed, stop]);
      }
    }
  }

  const done = run();
  done.catch((error: unknown) => options.onError?.(error));
  return {
    done,
    async close() {
      stopped = true;
      wakeStop();
      await done.catch(() => undefined);
    },
  };
}
