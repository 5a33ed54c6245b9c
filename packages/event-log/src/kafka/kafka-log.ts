import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { EventLog, LoggableEvent } from '../event-log.js';
import type { EventLogLogger } from '../logger.js';
import { createGroupCommit } from '../memory/group-commit.js';
import { createLogMemory } from '../memory/log-memory.js';
import { readFromMemory, subscribeToMemory } from '../memory/reads.js';
import { toEpochMs } from '../time.js';
import { withTimeout } from '../timeout.js';
import { startFollower, type Follower } from './follower.js';
import { resolveKafkaLogOptions, type KafkaLogOptions } from './kafka-options.js';
import { ensureLedgerTopic } from './ledger-topic.js';
import { noDelaySocketFactory } from './no-delay-socket.js';
import { endOffset, offsetAfter } from './offsets.js';
import { startKafkaWriter, type KafkaWriter } from './writer.js';

/** How long a broker query may take before the log answers from what it has read. */
const brokerQueryTimeoutMs = 2_000;

/**
 * Opens the ledger on Kafka: ensures the topic, reads it to the end, and (unless
 * read-only) becomes the one active writer. Resolves once caught up.
 */
export async function openKafkaLog<E extends LoggableEvent>(
  options: KafkaLogOptions,
): Promise<EventLog<E>> {
  const settings = resolveKafkaLogOptions(options);
  const { topic, logger } = settings;
  const kafka = new Kafka({
    clientId: settings.clientId,
    brokers: [...settings.brokers],
    ...settings.security,
    // Tight limits so that an outage surfaces within seconds instead of hanging appends.
    connectionTimeout: 1_000,
    requestTimeout: 3_000,
    retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1_000 },
    // kafkajs logs every retried request as an error (CONCURRENT_TRANSACTIONS right after a
    // commit is routine); the adapter reports what matters itself. KAFKAJS_LOG_LEVEL=info
    // turns kafkajs's own logs back on, through the same logger.
    logLevel: logLevel.NOTHING,
    logCreator: () => (entry) => bridgeKafkaLog(logger, entry),
    socketFactory: settings.socketFactory ?? noDelaySocketFactory,
  });
  const admin = kafka.admin();
  const memory = createLogMemory<E>();
  let follower: Follower | undefined;
  let writer: KafkaWriter | undefined;

  try {
    await withTimeout(
      (async () => {
        await admin.connect();
        await ensureLedgerTopic(admin, topic, settings);
      })(),
      settings.startTimeoutMs,
      `Connecting to Kafka at ${settings.brokers.join(',')}`,
    );
    follower = await startFollower(kafka, topic, memory, logger, {
      writerFeedsMemory: settings.writer,
    });
    if (settings.writer) {
      writer = await startKafkaWriter(kafka, admin, follower, settings);
    } else {
      await follower.waitUntil(await endOffset(admin, topic), settings.startTimeoutMs);
    }
  } catch (error) {
    await follower?.stop();
    await admin.disconnect().catch(() => undefined);
    throw error;
  }
  const activeFollower = follower;

  const groupCommit = createGroupCommit<E>(
    memory,
    (staged) => {
      if (!writer) throw new Error('This ledger instance is read-only: it does not append');
      return writer.commit(staged);
    },
    { maxGroupBytes: settings.maxGroupBytes },
  );

  async function positionAt(timestamp: string | Date): Promise<number> {
    const epochMs = toEpochMs(timestamp);
    try {
      const offset = await withTimeout(
        offsetAfter(admin, topic, epochMs),
        brokerQueryTimeoutMs,
        'Looking up an offset by time',
      );
      // The answer may lie beyond what the follower has read: give it a moment to get there.
      await activeFollower.waitUntil(offset, brokerQueryTimeoutMs).catch(() => undefined);
      return offset;
    } catch {
      // Broker away: answer from what this instance has read.
      return memory.positionAfter(epochMs);
    }
  }

  let closing: Promise<void> | undefined;
  return {
    append: (events, appendOptions) => groupCommit.append(events, appendOptions),
    read: (from, readOptions) => readFromMemory(memory, from, readOptions),
    async *readUntil(knownAt, from) {
      yield* readFromMemory(memory, from, { until: await positionAt(knownAt) });
    },
    positionAt,
    subscribe: (from, handler, subscribeOptions) =>
      subscribeToMemory(memory, from, handler, subscribeOptions),
    head: async () => memory.head,
    versionOf: async (subject) => memory.versionOf(subject),
    async status() {
      try {
        const end = await withTimeout(
          endOffset(admin, topic),
          brokerQueryTimeoutMs,
          'Reading the end offset',
        );
        const writable = writer?.state === 'ready';
        return {
          reachable: true,
          writable,
          lag: Math.max(0, end - activeFollower.progress),
          ...(writer ? { detail: `writer ${writer.state}` } : { detail: 'read-only' }),
        };
      } catch (error) {
        return { reachable: false, writable: false, lag: null, detail: String(error) };
      }
    },
    close() {
      closing ??= (async () => {
        await groupCommit.close();
        await writer?.close();
        await activeFollower.stop();
        memory.close();
        await admin.disconnect().catch(() => undefined);
      })();
      return closing;
    },
  };
}

function bridgeKafkaLog(logger: EventLogLogger, { level, log }: LogEntry): void {
  const { message, ...details } = log;
  if (level <= logLevel.ERROR) logger.error(`kafkajs: ${message}`, details);
  else logger.warn(`kafkajs: ${message}`, details);
}
