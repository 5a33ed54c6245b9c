import type { KafkaSecurity } from '@cleannet/event-log';
import { Kafka, logLevel, type Consumer, type KafkaMessage, type Producer } from 'kafkajs';
import { changeMatches } from '../events/change-filter.js';
import {
  COMMITMENT_CHANGES_TOPIC,
  CommitmentChangeEventSchema,
  type CommitmentChangeEvent,
} from '../events/commitment-change-event.js';
import {
  deadLetterTopicFor,
  sendToDeadLetter,
  type DeadLetter,
  type DeadLetterReason,
} from './dead-letter.js';
import { deliverWithRetry } from './deliver-with-retry.js';
import type { Subscription, SubscriptionOptionsBase } from './handler.js';

export interface KafkaSubscriptionOptions extends SubscriptionOptionsBase {
  /** host:port list; or pass a configured `kafka` client instead. */
  readonly brokers?: readonly string[];
  /** TLS and SASL for `brokers` (kafkaSecurityFromEnv reads the KAFKA_SSL* and KAFKA_SASL* variables). */
  readonly security?: KafkaSecurity;
  readonly kafka?: Kafka;
  /** The consumer group: its committed offsets are where a restart resumes. */
  readonly groupId: string;
  readonly topic?: string;
  /** Default: `<topic>.dlq`. */
  readonly deadLetterTopic?: string;
  /** Where a new group starts: the whole history (default) or only what comes next. */
  readonly fromBeginning?: boolean;
  /** How long the broker waits for a silent member before reassigning its partitions. */
  readonly sessionTimeoutMs?: number;
  readonly clientId?: string;
  /** Told after a change has been written to the dead-letter topic. */
  readonly onDeadLetter?: (letter: DeadLetter) => void;
}

class StoppedError extends Error {
  override readonly name = 'StoppedError';
}

function parseChange(
  message: KafkaMessage,
): { event: CommitmentChangeEvent } | { invalid: unknown } {
  try {
    const result = CommitmentChangeEventSchema.safeParse(
      JSON.parse(message.value?.toString('utf8') ?? ''),
    );
    return result.success ? { event: result.data } : { invalid: result.error };
  } catch (error) {
    return { invalid: error };
  }
}

/**
 * Consumes commitment changes with a consumer group, at least once: a
 * partition's offset is committed only after its change was handled (or
 * filtered out, or dead-lettered). A change whose handler keeps failing is
 * retried with backoff, then copied to the dead-letter topic and passed, so
 * one bad change cannot hold its partition for ever. Partitions are keyed by
 * actor, so one actor's changes arrive in order.
 */
export async function subscribeKafka(options: KafkaSubscriptionOptions): Promise<Subscription> {
  const topic = options.topic ?? COMMITMENT_CHANGES_TOPIC;
  const deadLetterTopic = options.deadLetterTopic ?? deadLetterTopicFor(topic);
  const kafka =
    options.kafka ??
    new Kafka({
      clientId: options.clientId ?? `cleannet-subscriber-${options.groupId}`,
      brokers: [...(options.brokers ?? [])],
      ...options.security,
      logLevel: logLevel.ERROR,
    });
  const consumer: Consumer = kafka.consumer({
    groupId: options.groupId,
    ...(options.sessionTimeoutMs
      ? {
          sessionTimeout: options.sessionTimeoutMs,
          heartbeatInterval: Math.max(100, Math.floor(options.sessionTimeoutMs / 4)),
        }
      : {}),
  });
  const producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const stopping = new AbortController();

  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const closed = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // Callers who never await `closed` must not see an unhandled rejection.
  closed.catch(() => {});

  await producer.connect();
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: options.fromBeginning ?? true });
  } catch (error) {
    await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
    throw error;
  }

  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (!payload.restart && !stopping.signal.aborted) settle.reject(payload.error);
  });

  const deadLetter = async (
    message: KafkaMessage,
    partition: number,
    reason: DeadLetterReason,
    error: unknown,
    attempts: number,
  ) => {
    const letter: DeadLetter = {
      topic,
      partition,
      offset: message.offset,
      reason,
      error,
      attempts,
    };
    await sendToDeadLetter(producer, deadLetterTopic, message, letter);
    options.onDeadLetter?.(letter);
  };

  await consumer.run({
    autoCommit: false,
    // One message at a time per partition: a later change of an actor never overtakes an earlier one.
    partitionsConsumedConcurrently: 1,
    eachMessage: async ({ partition, message, heartbeat }) => {
      const parsed = parseChange(message);
      if ('invalid' in parsed) {
        await deadLetter(message, partition, 'invalid', parsed.invalid, 0);
      } else if (changeMatches(parsed.event, options.filter)) {
        const outcome = await deliverWithRetry(
          parsed.event,
          { transport: 'kafka', topic, partition, offset: message.offset },
          options.handler,
          options.retry ?? {},
          stopping.signal,
          heartbeat,
        );
        // Not committing leaves the change for the next run.
        if ('stopped' in outcome) throw new StoppedError('subscription stopped mid-retry');
        if (!outcome.handled) {
          await deadLetter(message, partition, 'handler-failed', outcome.error, outcome.attempts);
        }
      }
      await consumer.commitOffsets([
        { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
      ]);
    },
  });

  return {
    closed,
    async stop() {
      stopping.abort();
      await consumer.disconnect();
      await producer.disconnect();
      settle.resolve();
    },
  };
}
