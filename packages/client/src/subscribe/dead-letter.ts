import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';
import { errorText } from './deliver-with-retry.js';

/** Headers a dead-lettered message carries besides its own. */
export const DEAD_LETTER_HEADERS = {
  error: 'cleannet-dlq-error',
  reason: 'cleannet-dlq-reason',
  attempts: 'cleannet-dlq-attempts',
  topic: 'cleannet-dlq-original-topic',
  partition: 'cleannet-dlq-original-partition',
  offset: 'cleannet-dlq-original-offset',
  failedAt: 'cleannet-dlq-failed-at',
} as const;

/** `handler-failed`: the handler threw on every try; `invalid`: not a commitment-change CloudEvent. */
export type DeadLetterReason = 'handler-failed' | 'invalid';

export interface DeadLetter {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly reason: DeadLetterReason;
  readonly error: unknown;
  readonly attempts: number;
}

export function deadLetterTopicFor(topic: string): string {
  return `${topic}.dlq`;
}

/**
 * Copies the message, key and value unchanged, to the dead-letter topic with
 * the failure and its original coordinates in headers. Resolves once the
 * broker has it (acks from all in-sync replicas), so the caller may then
 * commit past it.
 */
export async function sendToDeadLetter(
  producer: Producer,
  deadLetterTopic: string,
  message: KafkaMessage,
  letter: DeadLetter,
): Promise<void> {
  const headers: IHeaders = {
    ...message.headers,
    [DEAD_LETTER_HEADERS.error]: errorText(letter.error).slice(0, 4000),
    [DEAD_LETTER_HEADERS.reason]: letter.reason,
    [DEAD_LETTER_HEADERS.attempts]: String(letter.attempts),
    [DEAD_LETTER_HEADERS.topic]: letter.topic,
    [DEAD_LETTER_HEADERS.partition]: String(letter.partition),
    [DEAD_LETTER_HEADERS.offset]: letter.offset,
    [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
  };
  await producer.send({
    topic: deadLetterTopic,
    acks: -1,
    messages: [{ key: message.key, value: message.value, headers }],
  });
}
