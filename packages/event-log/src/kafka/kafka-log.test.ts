import { createKafka, uniqueTopic } from '@cleannet/testkit';
import type {} from '@cleannet/testkit/kafka-global-setup';
import type { Admin } from 'kafkajs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { collect, event, type ContractEvent } from '../contract/event-log.contract.js';
import type { EventLog } from '../event-log.js';
import { WriterFenced } from '../errors.js';
import { openKafkaLog } from './kafka-log.js';
import type { KafkaLogOptions } from './kafka-options.js';
import { describeLedgerTopic, ledgerTopicConfig } from './ledger-topic.js';

const quiet = { warn: () => undefined, error: () => undefined };
let admin: Admin;
const opened: EventLog<ContractEvent>[] = [];

beforeAll(async () => {
  admin = createKafka('event-log-test', inject('kafkaBrokers')).admin();
  await admin.connect();
});

afterAll(async () => {
  await admin.disconnect();
});

afterEach(async () => {
  for (const log of opened.splice(0)) await log.close();
});

async function open(topic: string, options: Partial<KafkaLogOptions> = {}) {
  const log = await openKafkaLog<ContractEvent>({
    brokers: inject('kafkaBrokers'),
    topic,
    transactionalId: `${topic}.writer`,
    logger: quiet,
    ...options,
  });
  opened.push(log);
  return log;
}

/** Waits until `check` passes; subscriptions and followers deliver asynchronously. */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('the ledger topic', () => {
  it('is created with one partition, kept forever, never compacted, stamped by the broker', async () => {
    const topic = uniqueTopic('event-log.topic');
    await open(topic);
    const { partitions, config } = await describeLedgerTopic(admin, topic);
    expect(partitions).toBe(1);
    expect(config).toMatchObject(ledgerTopicConfig);
  });

  it('refuses an existing topic that would compact or expire events', async () => {
    const topic = uniqueTopic('event-log.wrong-topic');
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic, numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
      ],
    });
    await expect(open(topic)).rejects.toThrow(/cannot hold the ledger.*cleanup\.policy=compact/);
  });

  it('stamps records with the broker append time and keys them by subject', async () => {
    const topic = uniqueTopic('event-log.keys');
    const log = await open(topic);
    const { records } = await log.append([event('k1', 'operator:vodafone')]);
    const consumer = createKafka('event-log-test-reader', inject('kafkaBrokers')).consumer({
      groupId: uniqueTopic('event-log.reader'),
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const message = await new Promise<{ key: string; timestamp: string }>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) =>
          resolve({ key: message.key!.toString(), timestamp: message.timestamp }),
      });
    });
    await consumer.disconnect();
    expect(message.key).toBe('operator:vodafone');
    expect(new Date(Number(message.timestamp)).toISOString()).toBe(records[0]!.recordedAt);
  });
});

describe('one active writer', () => {
  it('fences the first writer when a second one starts with the same transactional id', async () => {
    const topic = uniqueTopic('event-log.fencing');
    const first = await open(topic);
    await first.append([event('before', 'BR')]);

    const second = await open(topic);
    // The second writer caught up before taking writes.
    expect(await second.versionOf('BR')).toBe(1);

    await expect(first.append([event('late', 'BR')])).rejects.toBeInstanceOf(WriterFenced);
    await expect(first.append([event('later', 'BR')])).rejects.toBeInstanceOf(WriterFenced);
    expect((await first.status()).writable).toBe(false);

    await second.append([event('after', 'BR')], { expectedVersions: { BR: 1 } });
    // The fenced instance still reads, and follows what the new writer appends.
    await eventually(async () => {
      expect((await collect(first.read(0))).map((r) => r.event.id)).toEqual(['before', 'after']);
    });
  });

  it('serves a read-only instance that follows the writer live', async () => {
    const topic = uniqueTopic('event-log.replica');
    const writer = await open(topic);
    await writer.append([event('w1', 'JP')]);
    const replica = await open(topic, { writer: false });
    expect((await collect(replica.read(0))).map((r) => r.event.id)).toEqual(['w1']);

    const seen: string[] = [];
    const subscription = replica.subscribe(0, (record) => {
      seen.push(record.event.id);
    });
    await writer.append([event('w2', 'JP')]);
    await eventually(async () => expect(seen).toEqual(['w1', 'w2']));
    await subscription.close();

    await expect(replica.append([event('r1', 'JP')])).rejects.toThrow(/read-only/);
    expect(await replica.status()).toMatchObject({ reachable: true, writable: false, lag: 0 });
  });

  it('reports itself reachable, writable and caught up', async () => {
    const log = await open(uniqueTopic('event-log.status'));
    await log.append([event('s1', 'KR')]);
    await eventually(async () =>
      expect(await log.status()).toMatchObject({ reachable: true, writable: true, lag: 0 }),
    );
  });
});

describe('a topic holding something other than ledger events', () => {
  it('refuses to open, naming the offset', async () => {
    const topic = uniqueTopic('event-log.foreign');
    const log = await open(topic);
    await log.append([event('fine', 'BR')]);
    await log.close();
    const producer = createKafka('event-log-test-foreign', inject('kafkaBrokers')).producer();
    await producer.connect();
    const [sent] = await producer.send({ topic, messages: [{ key: 'x', value: 'not json' }] });
    await producer.disconnect();

    await expect(open(topic, { transactionalId: `${topic}.other` })).rejects.toMatchObject({
      name: 'LogCorrupted',
      position: Number(sent!.baseOffset),
    });
  });
});
