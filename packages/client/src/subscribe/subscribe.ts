import type { Subscription } from './handler.js';
import { subscribeKafka, type KafkaSubscriptionOptions } from './kafka-subscription.js';
import { subscribeSse, type SseSubscriptionOptions } from './sse-subscription.js';

/** Kafka for back-end services in a consumer group; SSE for light clients over HTTP. */
export type SubscribeOptions =
  | ({ readonly transport: 'kafka' } & KafkaSubscriptionOptions)
  | ({ readonly transport: 'sse' } & SseSubscriptionOptions);

/**
 * Follows commitment changes over either transport with one handler
 * contract: typed CloudEvents, at-least-once, ids stable across deliveries.
 */
export async function subscribe(options: SubscribeOptions): Promise<Subscription> {
  return options.transport === 'kafka' ? subscribeKafka(options) : subscribeSse(options);
}
