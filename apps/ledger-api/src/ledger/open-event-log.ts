import { join } from 'node:path';
import { openFileLog, type EventLog, type EventLogLogger } from '@cleannet/event-log';
import type { Logger } from 'pino';
import type { LedgerConfig } from '../config/config.schema.js';
import type { DraftEvent } from './ledger-engine.js';

/** The embedded file log unless KAFKA_BROKERS names a cluster. */
export async function openEventLog(
  config: LedgerConfig,
  logger: Logger,
): Promise<EventLog<DraftEvent>> {
  const log = logger.child({ component: 'event-log' });
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
