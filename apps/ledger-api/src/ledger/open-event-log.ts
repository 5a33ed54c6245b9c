import { join } from 'node:path';
import {
  describeKafkaSecurity,
  openFileLog,
  openKafkaLog,
  type EventLog,
  type EventLogLogger,
} from '@cleannet/event-log';
import type { Logger } from 'pino';
import type { LedgerConfig } from '../config/config.schema.js';
import type { DraftEvent } from './ledger-engine.js';

/** The embedded file log unless KAFKA_BROKERS names a cluster. */
export async function openEventLog(
  config: LedgerConfig,
  logger: Logger,
): Promise<EventLog<DraftEvent>> {
  const log = logger.child({ component: 'event-log' });
  if (config.KAFKA_BROKERS.length > 0) {
    log.info(
      {
        brokers: config.KAFKA_BROKERS,
        topic: config.LEDGER_KAFKA_TOPIC,
        // Which protections are on, never their secrets.
        security: describeKafkaSecurity(config.kafkaSecurity),
      },
      'opening the Kafka log',
    );
    return openKafkaLog<DraftEvent>({
      brokers: config.KAFKA_BROKERS,
      topic: config.LEDGER_KAFKA_TOPIC,
      clientId: 'cleannet-ledger-api',
      security: config.kafkaSecurity,
      replicationFactor: config.LEDGER_KAFKA_REPLICATION_FACTOR,
      minInsyncReplicas: config.LEDGER_KAFKA_MIN_INSYNC_REPLICAS,
      ...(config.LEDGER_KAFKA_TRANSACTIONAL_ID
        ? { transactionalId: config.LEDGER_KAFKA_TRANSACTIONAL_ID }
        : {}),
      logger: eventLogLogger(log),
    });
  }
  const path = join(config.LEDGER_DATA_DIR, 'ledger.log');
  log.info({ path }, 'opening the embedded file log');
  return openFileLog<DraftEvent>({ path, logger: eventLogLogger(log) });
}

/** The event log reports through a small interface; give it the service's JSON logger. */
function eventLogLogger(logger: Logger): EventLogLogger {
  return {
    warn: (message, details) => logger.warn(details ?? {}, message),
    error: (message, details) => logger.error(details ?? {}, message),
  };
}
