// Brings the 'vitest' module into scope so that the augmentation below can extend it.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { ensureKafka } from './ensure-kafka.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Addresses of the broker every test of this run uses. */
    kafkaBrokers: string[];
    /** The local broker's cluster id when the run uses it, otherwise null. */
    kafkaLocalClusterId: string | null;
  }
}

/**
 * vitest `globalSetup`: makes sure a broker is serving before any test file
 * runs, then hands its address to the workers, through `inject('kafkaBrokers')`
 * and through KAFKA_BROKERS for code that reads the environment itself. The
 * local broker is left running afterwards (`npm run kafka:stop` stops it): the
 * next suite or run then finds it ready instead of waiting for a new start.
 */
export default async function setup(project: TestProject): Promise<void> {
  const kafka = await ensureKafka();
  const origin = kafka.startLog?.split('\n').at(-1) ?? 'from KAFKA_BROKERS';
  console.log(`Kafka for this run: ${kafka.brokers.join(',')} (${origin})`);
  process.env.KAFKA_BROKERS = kafka.brokers.join(',');
  project.provide('kafkaBrokers', kafka.brokers);
  project.provide('kafkaLocalClusterId', kafka.localClusterId ?? null);
}
