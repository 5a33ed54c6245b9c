// Brings the 'vitest' module into scope so that the augmentation below can extend it.
import type {} from 'vitest';

/** What the kafka global setup hands to every test through `inject`. */
export interface KafkaProvidedContext {
  /** Addresses of the broker every test of this run uses. */
  kafkaBrokers: string[];
  /** The local broker's cluster id when the run uses it, otherwise null. */
  kafkaLocalClusterId: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: KafkaProvidedContext['kafkaBrokers'];
    kafkaLocalClusterId: KafkaProvidedContext['kafkaLocalClusterId'];
  }
}
