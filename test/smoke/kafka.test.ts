import { ApiKey, createKafka, fetchApiVersions, uniqueTopic } from '@cleannet/testkit';
import { ConfigResourceTypes, type Admin, type Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The one suite that proves the project's Kafka is real: a genuine Apache
 * Kafka broker (not a look-alike, not a mock) that keeps a topic forever,
 * takes idempotent writes acknowledged by all replicas, serves them back
 * through a consumer group, and maps timestamps to offsets.
 */

interface Produced {
  key: string;
  value: string;
  partition: number;
  offset: number;
  timestamp: number;
}

const brokers = inject('kafkaBrokers');
const localClusterId = inject('kafkaLocalClusterId');
const topic = uniqueTopic('smoke.ledger');
const RECORDS = 12;

let kafka: Kafka;
let admin: Admin;
const produced: Produced[] = [];

beforeAll(async () => {
  kafka = createKafka('smoke-test', brokers);
  admin = kafka.admin();
  await admin.connect();
});

afterAll(async () => {
  await admin?.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin?.disconnect();
});

describe('the broker', () => {
  it('is a real Apache Kafka, by its own API versions and features', async () => {
    const versions = await fetchApiVersions(brokers[0] ?? '');
    // Ranges that Apache Kafka 3.x reports and look-alikes do not (as of 3.9:
    // Produce 0-11, Fetch 0-17, InitProducerId 0-5, ListOffsets 0-9).
    expect(versions.apis.get(ApiKey.Produce)).toMatchObject({ min: 0 });
    expect(versions.apis.get(ApiKey.Produce)?.max).toBeGreaterThanOrEqual(9);
    expect(versions.apis.get(ApiKey.Fetch)?.max).toBeGreaterThanOrEqual(13);
    expect(versions.apis.get(ApiKey.InitProducerId)?.max).toBeGreaterThanOrEqual(4);
    expect(versions.apis.get(ApiKey.ListOffsets)?.max).toBeGreaterThanOrEqual(7);
    expect(versions.apis.get(ApiKey.DescribeCluster)).toBeDefined();
    // Kafka's own feature flag; a KRaft cluster finalizes it at start-up.
    expect(versions.supportedFeatures.get('metadata.version')?.max).toBeGreaterThan(0);
  });

  it('is the cluster the local start formatted, when the run uses the local broker', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(cluster.brokers.length).toBeGreaterThanOrEqual(1);
    if (localClusterId !== null) {
      expect(cluster.clusterId).toBe(localClusterId);
      expect(cluster.brokers.map((broker) => `${broker.host}:${broker.port}`)).toEqual(brokers);
    }
  });
});

describe('a ledger-like topic', () => {
  it('is created with infinite retention and never compacted', async () => {
    const created = await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: 2,
          replicationFactor: 1,
          configEntries: [
            { name: 'retention.ms', value: '-1' },
            { name: 'cleanup.policy', value: 'delete' },
          ],
        },
      ],
    });
    expect(created).toBe(true);

    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: topic,
          configNames: ['retention.ms', 'cleanup.policy'],
        },
      ],
    });
    const entries = described.resources[0]?.configEntries ?? [];
    const config = Object.fromEntries(entries.map((entry) => [entry.configName, entry]));
    expect(config['retention.ms']).toMatchObject({ configValue: '-1', isDefault: false });
    expect(config['cleanup.policy']).toMatchObject({ configValue: 'delete' });
  });

  it('takes idempotent writes acknowledged by all in-sync replicas', async () => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      // Timestamps one second apart in the recent past, so offsets by
      // timestamp have a known answer.
      const firstTimestamp = Date.now() - 60_000;
      for (let i = 0; i < RECORDS; i += 1) {
        const record = {
          key: `actor-${i % 3}`,
          value: JSON.stringify({ seq: i }),
          timestamp: firstTimestamp + i * 1_000,
        };
        const [meta] = await producer.send({
          topic,
          acks: -1,
          messages: [{ ...record, timestamp: String(record.timestamp) }],
        });
        expect(meta?.errorCode).toBe(0);
        produced.push({
          ...record,
          partition: meta?.partition ?? -1,
          offset: Number(meta?.baseOffset),
        });
      }
    } finally {
      await producer.disconnect();
    }
    // Keys decide partitions: each key's records all sit in one partition, in order.
    for (const key of ['actor-0', 'actor-1', 'actor-2']) {
      const ofKey = produced.filter((record) => record.key === key);
      expect(new Set(ofKey.map((record) => record.partition)).size).toBe(1);
      const offsets = ofKey.map((record) => record.offset);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    }
  });

  it('serves every record back to a consumer group, which commits its position', async () => {
    const groupId = uniqueTopic('smoke.group');
    const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
    const consumed: Produced[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            eachMessage: async ({ partition, message }) => {
              consumed.push({
                key: message.key?.toString() ?? '',
                value: message.value?.toString() ?? '',
                partition,
                offset: Number(message.offset),
                timestamp: Number(message.timestamp),
              });
              if (consumed.length === RECORDS) resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    const byPosition = (a: Produced, b: Produced) =>
      a.partition - b.partition || a.offset - b.offset;
    expect(consumed.sort(byPosition)).toEqual([...produced].sort(byPosition));

    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const ends = await admin.fetchTopicOffsets(topic);
    const endOf = (partition: number) => ends.find((end) => end.partition === partition)?.high;
    for (const { partition, offset } of committed?.partitions ?? []) {
      expect(offset).toBe(endOf(partition));
    }
    expect(committed?.partitions).toHaveLength(2);
  });

  it('finds, per partition, the first offset at or after a timestamp', async () => {
    const ends = await admin.fetchTopicOffsets(topic);
    const expectedAt = (timestamp: number) =>
      ends
        .map(({ partition, high }) => {
          const first = produced
            .filter((record) => record.partition === partition && record.timestamp >= timestamp)
            .sort((a, b) => a.offset - b.offset)[0];
          return { partition, offset: String(first?.offset ?? high) };
        })
        .sort((a, b) => a.partition - b.partition);
    const actualAt = async (timestamp: number) =>
      (await admin.fetchTopicOffsetsByTimestamp(topic, timestamp))
        .map(({ partition, offset }) => ({ partition, offset }))
        .sort((a, b) => a.partition - b.partition);

    const middle = produced[RECORDS / 2]?.timestamp ?? 0;
    const first = produced[0]?.timestamp ?? 0;
    const last = produced[RECORDS - 1]?.timestamp ?? 0;
    expect(await actualAt(middle)).toEqual(expectedAt(middle));
    expect(await actualAt(middle + 500)).toEqual(expectedAt(middle + 500));
    expect(await actualAt(first - 1)).toEqual(expectedAt(first - 1));
    // After the last record, Kafka answers "none" and kafkajs gives the end offset.
    expect(await actualAt(last + 1)).toEqual(expectedAt(last + 1));
  });
});
