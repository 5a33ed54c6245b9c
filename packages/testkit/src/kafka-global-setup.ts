import type { TestProject } from 'vitest/node';
import { ensureKafka } from './ensure-kafka.js';
import type { KafkaProvidedContext } from './provided-context.js';

// Re-exported so that importing this module also brings its `inject` typings.
export type { KafkaProvidedContext } from './provided-context.js';

/**
 * vitest `globalSetup`: makes sure a broker is serving before any test file
 * runs, then hands its address to the workers, through `inject('kafkaBrokers')`
 * and through KAFKA_BROKERS for code that reads the environment itself. The
 * local broker is left running afterwards (`npm run kafka:stop` stops it): the
 * next suite or run then finds it ready instead of waiting for a new start.
 */
export default async function setup(project: TestProject): Promise<void> {
  const kafka = await ensureKafka();
  const origin =
    kafka.localClusterId === undefined
      ? 'from KAFKA_BROKERS'
      : `the local broker, cluster id ${kafka.localClusterId}`;
  console.log(`Kafka for this run: ${kafka.brokers.join(',')} (${origin})`);
  process.env.KAFKA_BROKERS = kafka.brokers.join(',');
  const provided: KafkaProvidedContext = {
    kafkaBrokers: kafka.brokers,
    kafkaLocalClusterId: kafka.localClusterId ?? null,
  };
  project.provide('kafkaBrokers', provided.kafkaBrokers);
  project.provide('kafkaLocalClusterId', provided.kafkaLocalClusterId);
}
