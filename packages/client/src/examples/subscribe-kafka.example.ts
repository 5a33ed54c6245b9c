// Compiled with the package (tsc --noEmit) so docs/subscribing.md cannot drift from the API.
import { createDeduplicator, subscribe } from '../index.js';

export async function followRegressionsOnKafka(): Promise<void> {
  const seen = createDeduplicator();
  const subscription = await subscribe({
    transport: 'kafka',
    brokers: ['127.0.0.1:9092'],
    groupId: 'my-service',
    filter: { kinds: ['country'], regressionsOnly: true },
    retry: { attempts: 5, backoff: { initialMs: 200, maxMs: 10_000 } },
    onDeadLetter: (letter) => console.warn('dead-lettered', letter.offset, letter.error),
    handler: async (event) => {
      if (!seen.firstSighting(event.id)) return; // a redelivery
      console.log(`${event.data.actorId}: ${event.data.before} -> ${event.data.after}`);
    },
  });
  process.once('SIGTERM', () => void subscription.stop());
  await subscription.closed;
}
