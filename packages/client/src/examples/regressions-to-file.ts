import { appendFile } from 'node:fs/promises';
import type { KafkaSecurity } from '@cleannet/event-log';
import type { CommitmentChangeEvent } from '../events/commitment-change-event.js';
import type { Subscription } from '../subscribe/handler.js';
import { subscribeKafka } from '../subscribe/kafka-subscription.js';

export interface RegressionSubscriberOptions {
  readonly brokers: readonly string[];
  readonly security?: KafkaSecurity;
  /** JSON-lines file each regression is appended to. */
  readonly out: string;
  /** Also POST each regression's CloudEvent here (structured mode, application/cloudevents+json). */
  readonly webhookUrl?: string;
  readonly groupId?: string;
  readonly topic?: string;
  readonly sessionTimeoutMs?: number;
}

async function postToWebhook(url: string, event: CommitmentChangeEvent): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/cloudevents+json' },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}

/**
 * The example subscriber: every regression (a commitment weakened or walked
 * back) becomes one line of a JSON-lines file, and optionally a webhook call.
 * At least once: after a crash the line of the change in hand may be written
 * again; its `id` tells the copies apart.
 */
export function startRegressionSubscriber(
  options: RegressionSubscriberOptions,
): Promise<Subscription> {
  return subscribeKafka({
    brokers: options.brokers,
    ...(options.security ? { security: options.security } : {}),
    groupId: options.groupId ?? 'cleannet-regressions-to-file',
    ...(options.topic ? { topic: options.topic } : {}),
    ...(options.sessionTimeoutMs ? { sessionTimeoutMs: options.sessionTimeoutMs } : {}),
    filter: { regressionsOnly: true },
    handler: async (event) => {
      if (options.webhookUrl) await postToWebhook(options.webhookUrl, event);
      await appendFile(options.out, `${JSON.stringify(event)}\n`);
    },
    onDeadLetter: (letter) =>
      process.stderr.write(
        `dead-lettered ${letter.topic}/${letter.partition}@${letter.offset} after ${letter.attempts} tries\n`,
      ),
  });
}
