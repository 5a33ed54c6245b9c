import { statSync } from 'node:fs';
import { createKafka, uniqueTopic } from '@cleannet/testkit';
import type { Admin } from 'kafkajs';
import { fileLogPath } from './stored-log.js';
import { tempDir } from './temp-dir.js';

/**
 * The log a suite runs the service on, and how far that log reaches, so a
 * test can assert that refused requests appended nothing.
 */
export interface LogUnderTest {
  readonly name: 'file log' | 'Kafka';
  /** Service environment selecting this log. */
  readonly env: Readonly<Record<string, string>>;
  /**
   * The file's size in bytes, or the topic's end offset: Kafka counts every
   * record and every transaction marker, so even an aborted append moves it.
   */
  extent(): Promise<number>;
  remove(): Promise<void>;
}

export function fileLogUnderTest(prefix: string): LogUnderTest {
  const dir = tempDir(prefix);
  return {
    name: 'file log',
    env: { LEDGER_DATA_DIR: dir.path },
    extent: () => Promise.resolve(statSync(fileLogPath(dir.path)).size),
    remove: () => Promise.resolve(dir.remove()),
  };
}

/** A unique ledger topic (and changes topic) on the shared broker, deleted by `remove()`. */
export function kafkaLogUnderTest(prefix: string, brokers: readonly string[]): LogUnderTest {
  const topic = uniqueTopic(`reliability.${prefix}`);
  let admin: Admin | undefined;
  const connected = async () => {
    if (admin === undefined) {
      admin = createKafka(`reliability-${prefix}`, [...brokers]).admin();
      await admin.connect();
    }
    return admin;
  };
  return {
    name: 'Kafka',
    env: {
      KAFKA_BROKERS: brokers.join(','),
      LEDGER_KAFKA_TOPIC: topic,
      LEDGER_CHANGES_TOPIC: `${topic}.changes`,
      LEDGER_KAFKA_TRANSACTIONAL_ID: `${topic}.writer`,
    },
    async extent() {
      const offsets = await (await connected()).fetchTopicOffsets(topic);
      return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    },
    async remove() {
      const client = await connected();
      try {
        await client.deleteTopics({ topics: [topic, `${topic}.changes`] });
      } catch {
        // Best effort: a unique name never collides, and the topic may not exist.
      } finally {
        await client.disconnect();
        admin = undefined;
      }
    },
  };
}
