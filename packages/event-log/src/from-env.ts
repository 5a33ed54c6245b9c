import { resolve } from 'node:path';
import type { EventLog, LoggableEvent } from './event-log.js';
import { openFileLog } from './file/file-log.js';
import { openKafkaLog } from './kafka/kafka-log.js';
import { kafkaSecurityFromEnv } from './kafka/security-from-env.js';
import type { EventLogLogger } from './logger.js';

export interface EventLogFromEnvOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** The file log's path when LEDGER_LOG_PATH is unset; defaults to `.data/ledger.log` under the working directory. */
  readonly defaultPath?: string;
  readonly logger?: EventLogLogger;
}

/** Which adapter the environment asks for, without opening anything. */
export type EventLogChoice =
  | { readonly adapter: 'file'; readonly path: string }
  | {
      readonly adapter: 'kafka';
      readonly brokers: string[];
      readonly topic: string | undefined;
      readonly transactionalId: string | undefined;
      readonly writer: boolean;
    };

/**
 * KAFKA_BROKERS (comma-separated) selects Kafka, with LEDGER_KAFKA_TOPIC,
 * LEDGER_KAFKA_TRANSACTIONAL_ID and LEDGER_KAFKA_READ_ONLY=true as options
 * (and TLS/SASL from kafkaSecurityFromEnv when opened); otherwise the embedded file log at LEDGER_LOG_PATH.
 */
export function eventLogChoiceFromEnv(options: EventLogFromEnvOptions = {}): EventLogChoice {
  const env = options.env ?? process.env;
  const brokers = (env['KAFKA_BROKERS'] ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  if (brokers.length > 0) {
    return {
      adapter: 'kafka',
      brokers,
      topic: nonEmpty(env['LEDGER_KAFKA_TOPIC']),
      transactionalId: nonEmpty(env['LEDGER_KAFKA_TRANSACTIONAL_ID']),
      writer: env['LEDGER_KAFKA_READ_ONLY'] !== 'true',
    };
  }
  return {
    adapter: 'file',
    path: resolve(nonEmpty(env['LEDGER_LOG_PATH']) ?? options.defaultPath ?? '.data/ledger.log'),
  };
}

export async function createEventLogFromEnv<E extends LoggableEvent>(
  options: EventLogFromEnvOptions = {},
): Promise<EventLog<E>> {
  const choice = eventLogChoiceFromEnv(options);
  const logger = options.logger ? { logger: options.logger } : {};
  if (choice.adapter === 'file') return openFileLog<E>({ path: choice.path, ...logger });
  return openKafkaLog<E>({
    brokers: choice.brokers,
    security: kafkaSecurityFromEnv(options.env ?? process.env),
    writer: choice.writer,
    ...(choice.topic === undefined ? {} : { topic: choice.topic }),
    ...(choice.transactionalId === undefined ? {} : { transactionalId: choice.transactionalId }),
    ...logger,
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
