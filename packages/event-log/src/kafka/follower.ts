import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { LogRecord, LoggableEvent } from '../event-log.js';
import { LogCorrupted } from '../errors.js';
import type { EventLogLogger } from '../logger.js';
import type { LogMemory } from '../memory/log-memory.js';
import { sleep, withTimeout } from '../timeout.js';

/**
 * A read_committed consumer that tails the ledger topic from its first offset
 * into the log memory. Reads and subscriptions are served from that memory,
 * so they keep working (on what was caught up) while the broker is away.
 */
export interface Follower {
  /** The next offset to consume, counting transaction markers: compare with the topic's end offset. */
  readonly progress: number;
  /** Resolves once everything below `offset` has been consumed. */
  waitUntil(offset: number, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

export interface FollowerSettings {
  /**
   * True on the writer's instance: the writer adds its own committed records to
   * the memory at once, so the follower's fetches only bring what the memory
   * already holds (and anything written by another writer or left by a commit
   * whose answer was lost). Each fetch then waits on the broker until
   * `fetchBatchBytes` or `maxWaitTimeInMs` instead of returning after every
   * transaction: one fetch per 250 ms instead of one per commit, off the
   * append's path. A read replica keeps returning every commit at once.
   */
  readonly writerFeedsMemory: boolean;
}

/** How much a writer's follower lets the broker gather before a fetch returns (or maxWaitTimeInMs). */
const fetchBatchBytes = 512 * 1024;
/** Bounds how long a stop waits for the fetch in flight, and how far a writer's follower trails. */
const maxWaitTimeInMs = 250;

export async function startFollower<E extends LoggableEvent>(
  kafka: Kafka,
  topic: string,
  memory: LogMemory<E>,
  logger: EventLogLogger,
  settings: FollowerSettings = { writerFeedsMemory: false },
): Promise<Follower> {
  let progress = 0;
  let stopped = false;
  let consumer: Consumer | undefined;
  const waiters = new Set<() => void>();

  function failWith(error: unknown): void {
    memory.fail(error);
    for (const wake of waiters) wake();
  }

  function advance(next: number): void {
    if (next <= progress) return;
    progress = next;
    for (const wake of waiters) wake();
  }

  async function run(): Promise<void> {
    // A fresh group each time: the follower tracks its own position, and a
    // restart resumes from it by seeking.
    const current = kafka.consumer({
      groupId: `${topic}.follower.${randomUUID()}`,
      readUncommitted: false,
      // A read replica's fetch returns as soon as a commit makes records visible.
      minBytes: settings.writerFeedsMemory ? fetchBatchBytes : 1,
      maxWaitTimeInMs,
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      retry: {
        retries: 3,
        initialRetryTime: 200,
        maxRetryTime: 1_000,
        // kafkajs restarts a crashed consumer by itself, unless told the follower was stopped.
        restartOnFailure: async () => !stopped,
      },
    });
    consumer = current;
    const { END_BATCH_PROCESS, CRASH, GROUP_JOIN } = current.events;
    current.on(END_BATCH_PROCESS, (event) => advance(Number(event.payload.lastOffset) + 1));
    current.on(GROUP_JOIN, () => {
      // Records below the head are skipped anyway; seeking only saves re-reading them.
      if (progress === 0) return;
      try {
        current.seek({ topic, partition: 0, offset: String(progress) });
      } catch (error) {
        logger.warn('The ledger follower re-reads from the start', { topic, error: String(error) });
      }
    });
    current.on(CRASH, (event) => {
      if (event.payload.restart || stopped || memory.failure !== undefined) return;
      logger.warn('The ledger follower stopped; starting it again', {
        topic,
        error: String(event.payload.error),
      });
      void restart(current);
    });
    await current.connect();
    if (stopped) {
      await current.disconnect();
      return;
    }
    await current.subscribe({ topic, fromBeginning: true });
    await current.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const records: LogRecord<E>[] = [];
        for (const message of batch.messages) {
          // Below the head the memory holds the record already (the writer added it when its
          // transaction committed, from the JSON it sent): memory.add would skip it after decoding.
          if (Number(message.offset) < memory.head) continue;
          const record = decode<E>(message);
          if (record instanceof LogCorrupted) {
            failWith(record);
            logger.error('The ledger topic holds a record that is not a ledger event', {
              topic,
              offset: message.offset,
            });
            throw record;
          }
          records.push(record);
        }
        try {
          memory.add(records);
        } catch (error) {
          // An id stored twice: the topic was written by something other than this ledger's writer.
          failWith(error);
          logger.error('The ledger topic is inconsistent', { topic, error: String(error) });
          throw error;
        }
      },
    });
  }

  async function restart(crashed: Consumer): Promise<void> {
    await crashed.disconnect().catch(() => undefined);
    while (!stopped) {
      try {
        await run();
        return;
      } catch (error) {
        logger.warn('The ledger follower cannot reach the broker yet', {
          topic,
          error: String(error),
        });
        await consumer?.disconnect().catch(() => undefined);
        await sleep(1_000);
      }
    }
  }

  await run();

  return {
    get progress() {
      return progress;
    },
    async waitUntil(offset, timeoutMs) {
      // A follower that met a record it cannot read will never get there.
      const reachedOrFailed = () => {
        if (memory.failure !== undefined) throw memory.failure;
        return progress >= offset;
      };
      if (reachedOrFailed()) return;
      let wake: () => void = () => undefined;
      const reached = new Promise<void>((resolve, reject) => {
        wake = () => {
          try {
            if (reachedOrFailed()) resolve();
          } catch (error) {
            reject(error);
          }
        };
      });
      waiters.add(wake);
      try {
        await withTimeout(reached, timeoutMs, `Catching up to offset ${offset}`);
      } finally {
        waiters.delete(wake);
      }
    },
    async stop() {
      stopped = true;
      await consumer?.disconnect().catch(() => undefined);
    },
  };
}

function decode<E extends LoggableEvent>(message: KafkaMessage): LogRecord<E> | LogCorrupted {
  const position = Number(message.offset);
  try {
    const event = JSON.parse(message.value?.toString('utf8') ?? '') as Partial<LoggableEvent>;
    if (typeof event.id === 'string' && typeof event.subject === 'string') {
      return {
        position,
        recordedAt: new Date(Number(message.timestamp)).toISOString(),
        event: event as E,
      };
    }
  } catch {
    // Falls through to the corruption report.
  }
  return new LogCorrupted('the message is not a JSON event with an id and a subject', position);
}
