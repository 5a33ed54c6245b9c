import type { Admin, Kafka, Producer } from 'kafkajs';
import type { LogRecord, LoggableEvent } from '../event-log.js';
import { LogClosed, LogUnavailable, WriterFenced } from '../errors.js';
import type { EventLogLogger } from '../logger.js';
import type { StagedEvent } from '../memory/draft.js';
import { sleep, withTimeout } from '../timeout.js';
import type { Follower } from './follower.js';
import { commitTraceFromEnv } from './commit-trace.js';
import { isFencingError } from './kafka-errors.js';
import { endOffset } from './offsets.js';
import { createLedgerProducer, WRITER_SHORTCUTS } from './transaction-coordinator.js';

export type WriterState = 'ready' | 'recovering' | 'fenced' | 'closed';

export interface KafkaWriter {
  readonly state: WriterState;
  /** One Kafka transaction for the staged events; resolves with their records once committed. */
  commit<E extends LoggableEvent>(staged: readonly StagedEvent<E>[]): Promise<LogRecord<E>[]>;
  close(): Promise<void>;
}

interface WriterSettings {
  readonly topic: string;
  readonly transactionalId: string;
  readonly appendTimeoutMs: number;
  readonly startTimeoutMs: number;
  readonly recoveryIntervalMs: number;
  readonly logger: EventLogLogger;
}

/**
 * The one active writer. Starting it fences any earlier writer with the same
 * transactional id (Kafka bumps the producer epoch), then waits until the
 * follower has read the topic to its end, so that appends are validated
 * against every committed event. It never retries an append by itself: a
 * failed commit is reported, and the writer rebuilds its producer (fencing
 * and catching up again) in the background while appends fail fast.
 */
export async function startKafkaWriter(
  kafka: Kafka,
  admin: Admin,
  follower: Follower,
  settings: WriterSettings,
): Promise<KafkaWriter> {
  let state: WriterState = 'recovering';
  let producer: Producer | undefined;
  let recovery: Promise<void> | undefined;
  let lastFailure: unknown;
  let warnedNoShortcuts = false;
  const trace = commitTraceFromEnv();

  async function becomeWriter(timeoutMs: number): Promise<void> {
    const { producer: candidate, shortcuts } = createLedgerProducer(
      kafka,
      {
        transactionalId: settings.transactionalId,
        idempotent: true,
        maxInFlightRequests: 1,
        transactionTimeout: 10_000,
        // For the other retriable errors; the append timeout still bounds the whole attempt.
        retry: { retries: 8, initialRetryTime: 5, maxRetryTime: 500 },
      },
      WRITER_SHORTCUTS,
    );
    if (!shortcuts && !warnedNoShortcuts) {
      warnedNoShortcuts = true;
      settings.logger.warn(
        'This kafkajs version offers no hook to remember the transaction coordinator; each append takes extra round trips',
        { topic: settings.topic },
      );
    }
    producer = candidate;
    trace.watch(candidate);
    await withTimeout(
      (async () => {
        await candidate.connect();
        // An empty transaction registers our epoch with the coordinator, which
        // fences earlier writers and settles any transaction they left open.
        const fence = await candidate.transaction();
        await fence.abort();
        await follower.waitUntil(await endOffset(admin, settings.topic), timeoutMs);
      })(),
      timeoutMs,
      'Becoming the ledger writer',
    );
    if (state === 'closed') {
      await disconnectWithin(candidate, settings.appendTimeoutMs);
      return;
    }
    state = 'ready';
  }

  function startRecovery(cause: unknown): void {
    lastFailure = cause;
    if (state !== 'ready') return;
    state = 'recovering';
    settings.logger.warn('The ledger writer lost the broker; appends fail until it is back', {
      topic: settings.topic,
      error: String(cause),
    });
    recovery = (async () => {
      while (state === 'recovering') {
        await disconnectWithin(producer, settings.appendTimeoutMs);
        try {
          await becomeWriter(Math.max(settings.appendTimeoutMs, 10_000));
          settings.logger.warn('The ledger writer is back', { topic: settings.topic });
        } catch (error) {
          lastFailure = error;
          if (isFencingError(error)) state = 'fenced';
          else await sleep(settings.recoveryIntervalMs);
        }
      }
    })();
  }

  try {
    await becomeWriter(settings.startTimeoutMs);
  } catch (error) {
    await disconnectWithin(producer, settings.appendTimeoutMs);
    throw error;
  }

  return {
    get state() {
      return state;
    },
    async commit(staged) {
      if (state === 'closed') throw new LogClosed();
      if (state === 'fenced') throw fencedError(lastFailure);
      if (state === 'recovering') {
        throw new LogUnavailable('The Kafka broker cannot be reached', retryAfter(settings), {
          cause: lastFailure,
        });
      }
      const current = producer!;
      const traced = trace.begin(() => staged.map((s) => s.event.id));
      try {
        const metadata = await withTimeout(
          (async () => {
            const transaction = await current.transaction();
            try {
              const sent = await transaction.send({
                topic: settings.topic,
                acks: -1,
                // The ledger topic has exactly one partition (checked when the log opens): naming it
                // spares kafkajs hashing every key (murmur2 on 64-bit Long objects) to find it.
                messages: staged.map((s) => ({
                  key: s.event.subject,
                  value: s.json,
                  partition: 0,
                })),
              });
              traced?.sent();
              await transaction.commit();
              traced?.committed();
              return sent;
            } catch (error) {
              await transaction.abort().catch(() => undefined);
              throw error;
            }
          })(),
          settings.appendTimeoutMs,
          'Appending to Kafka',
        );
        const [partition] = metadata;
        const baseOffset = Number(partition?.baseOffset);
        const appendTime = Number(partition?.logAppendTime);
        const recordedAt = new Date(appendTime > 0 ? appendTime : Date.now()).toISOString();
        return staged.map((s, i) => ({ position: baseOffset + i, recordedAt, event: s.event }));
      } catch (error) {
        if (isFencingError(error)) {
          state = 'fenced';
          lastFailure = error;
          settings.logger.error('Another ledger writer took over; this one stops writing', {
            topic: settings.topic,
            transactionalId: settings.transactionalId,
          });
          throw fencedError(error);
        }
        startRecovery(error);
        throw new LogUnavailable(
          'The append could not be committed to Kafka; retrying with the same event ids is safe',
          retryAfter(settings),
          { cause: error },
        );
      }
    },
    async close() {
      state = 'closed';
      await recovery;
      await disconnectWithin(producer, settings.appendTimeoutMs);
      trace.flush();
    },
  };
}

/** A producer stuck on a dead connection must not hold up recovery or shutdown. */
async function disconnectWithin(producer: Producer | undefined, ms: number): Promise<void> {
  await withTimeout(producer?.disconnect() ?? Promise.resolve(), ms, 'Disconnecting').catch(
    () => undefined,
  );
}

function fencedError(cause: unknown): WriterFenced {
  return new WriterFenced(
    'Another writer with the same transactional id took over the ledger; this instance no longer writes',
    { cause },
  );
}

function retryAfter(settings: WriterSettings): number {
  return Math.max(1, Math.ceil(settings.recoveryIntervalMs / 1000));
}
