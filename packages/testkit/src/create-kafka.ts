import { Kafka, logLevel } from 'kafkajs';
import { parseBrokerList } from './broker-list.js';

/**
 * A kafkajs client for tests: short timeouts so a missing broker fails a test
 * in seconds rather than minutes, and only errors logged (set
 * KAFKAJS_LOG_LEVEL=info or debug to see more; kafkajs reads it itself).
 */
export function createKafka(
  clientId: string,
  brokers: string[] = parseBrokerList(process.env.KAFKA_BROKERS),
): Kafka {
  if (brokers.length === 0) {
    throw new Error(
      'no Kafka brokers: pass them, set KAFKA_BROKERS, or run the suite with the ' +
        '@cleannet/testkit/kafka-global-setup global setup',
    );
  }
  return new Kafka({
    clientId,
    brokers,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 100, maxRetryTime: 2_000, retries: 8 },
    logLevel: logLevel.ERROR,
  });
}
