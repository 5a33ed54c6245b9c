import { join } from 'node:path';
import { openFileLog, openKafkaLog, type EventLog, type KafkaSecurity } from '@cleannet/event-log';

export interface LoggedEvent {
  readonly id: string;
  readonly subject: string;
  readonly [field: string]: unknown;
}

/** A stored event with the log's stamp, as the service's projections see it. */
export interface StoredRecord {
  readonly position: number;
  readonly event: LoggedEvent & { readonly recordedAt: string };
}

const quiet = { warn: () => undefined, error: () => undefined };

/** Where the service keeps its file log inside LEDGER_DATA_DIR. */
export function fileLogPath(dataDir: string): string {
  return join(dataDir, 'ledger.log');
}

/** Reads the file log directly (the service must be stopped: the log is locked by its owner). */
export async function readFileLogRecords(dataDir: string): Promise<StoredRecord[]> {
  const log = await openFileLog<LoggedEvent>({ path: fileLogPath(dataDir), logger: quiet });
  return readAll(log);
}

/** Reads the Kafka log as a read-only follower (no writer: nobody is fenced). */
export async function readKafkaLogRecords(
  brokers: readonly string[],
  topic: string,
  security: KafkaSecurity = {},
): Promise<StoredRecord[]> {
  const log = await openKafkaLog<LoggedEvent>({
    brokers,
    topic,
    security,
    writer: false,
    clientId: 'reliability-verifier',
    logger: quiet,
  });
  return readAll(log);
}

async function readAll(log: EventLog<LoggedEvent>): Promise<StoredRecord[]> {
  try {
    const records: StoredRecord[] = [];
    for await (const record of log.read(0)) {
      records.push({
        position: record.position,
        event: { ...record.event, recordedAt: record.recordedAt },
      });
    }
    return records;
  } finally {
    await log.close();
  }
}

/** How many times each id is stored. */
export function countIds(records: readonly StoredRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { event } of records) counts.set(event.id, (counts.get(event.id) ?? 0) + 1);
  return counts;
}
