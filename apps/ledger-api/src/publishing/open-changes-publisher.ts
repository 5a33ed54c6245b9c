import type { CommitmentChange } from '@cleannet/domain';
import { Kafka, logLevel } from 'kafkajs';
import type { Logger } from 'pino';
import type { LedgerConfig } from '../config/config.schema.js';
import type { LedgerEngine } from '../ledger/ledger-engine.js';
import type { LedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import type { ChangeFeed } from '../streams/changes/change-feed.js';
import { createChangesPublisher, type ChangesPublisher } from './changes-publisher.js';

/** On Kafka, the changes topic gets every derived change; the file log has no topic to publish to. */
export function openChangesPublisher(
  config: LedgerConfig,
  engine: LedgerEngine,
  feed: ChangeFeed<CommitmentChange>,
  metrics: LedgerMetrics,
  logger: Logger,
): ChangesPublisher | undefined {
  if (config.KAFKA_BROKERS.length === 0 || !config.LEDGER_PUBLISH_CHANGES) return undefined;
  const log = logger.child({ component: 'changes-publisher' });
  const kafka = new Kafka({
    clientId: 'cleannet-ledger-api-changes',
    brokers: config.KAFKA_BROKERS,
    ...config.kafkaSecurity,
    // Fail fast and let the periodic catch-up retry, instead of hanging a publish.
    connectionTimeout: 1_000,
    requestTimeout: 5_000,
    retry: { retries: 3, initialRetryTime: 100, maxRetryTime: 1_000 },
    // The publisher reports failures itself, once per outage rather than per retry.
    logLevel: logLevel.NOTHING,
  });
  return createChangesPublisher({
    kafka,
    topic: config.LEDGER_CHANGES_TOPIC,
    topicLayout: {
      partitions: config.LEDGER_CHANGES_PARTITIONS,
      replicationFactor: config.LEDGER_KAFKA_REPLICATION_FACTOR,
      minInsyncReplicas: config.LEDGER_KAFKA_MIN_INSYNC_REPLICAS,
    },
    feed,
    recordedAtOf: (eventId) => engine.find(eventId)?.event.recordedAt,
    metrics,
    logger: log,
    retryIntervalMs: config.LEDGER_CHANGES_RETRY_MS,
  });
}
