import { createKafka, uniqueTopic } from '@cleannet/testkit';
import type {} from '@cleannet/testkit/kafka-global-setup';
import type { Admin, Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LogRecord } from '../event-log.js';
import { createLogMemory } from '../memory/log-memory.js';
import { startFollower } from './follower.js';
import { ensureLedgerTopic } from './ledger-topic.js';
import { endOffset } from './offsets.js';

interface Event {
  readonly id: string;
  readonly subject: string;
}

const quiet = { warn: () => undefined, error: () => undefined };
let kafka: Kafka;
let admin: Admin;

beforeAll(async () => {
  kafka = createKafka('event-log-follower-test', inject('kafkaBrokers'));
  admin = kafka.admin();
  await admin.connect();
});

afterAll(async () => {
  await admin.disconnect();
});

async function produce(topic: string, events: readonly Event[]): Promise<number> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const [sent] = await producer.send({
      topic,
      acks: -1,
      messages: events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    });
    return Number(sent!.baseOffset);
  } finally {
    await producer.disconnect();
  }
}

describe("the writer's follower", () => {
  it('keeps the records the writer added and adds, once and in order, the ones it did not', async () => {
    // Given a topic whose first record the writer holds already (it added its commit at once)
    const topic = uniqueTopic('event-log.follower');
    await ensureLedgerTopic(admin, topic, {});
    const memory = createLogMemory<Event>();
    const follower = await startFollower(kafka, topic, memory, quiet, { writerFeedsMemory: true });
    try {
      const first = { id: 'mine', subject: 'BR' };
      const position = await produce(topic, [first]);
      const added: LogRecord<Event> = {
        position,
        recordedAt: new Date().toISOString(),
        event: first,
      };
      memory.add([added]);

      // When records reach the topic without passing through the writer (another writer, or a
      // commit whose answer was lost), and the follower is asked to catch up with the end
      await produce(topic, [
        { id: 'theirs-1', subject: 'BR' },
        { id: 'theirs-2', subject: 'JP' },
      ]);
      await follower.waitUntil(await endOffset(admin, topic), 5_000);

      // Then the writer's record is the one it added, and every other record is there once, in order
      expect(memory.recordOf('mine')).toBe(added);
      expect(memory.slice(0, memory.head).map((r) => [r.position, r.event.id])).toEqual([
        [position, 'mine'],
        [position + 1, 'theirs-1'],
        [position + 2, 'theirs-2'],
      ]);
      expect(memory.versionOf('BR')).toBe(2);
    } finally {
      await follower.stop();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    }
  });
});
