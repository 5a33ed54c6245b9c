import { createKafka, uniqueTopic } from '@cleannet/testkit';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppenders, waitFor } from './support/appenders.js';
import { listEvents } from './support/ledger-events.js';
import { LedgerService, TOKENS } from './support/ledger-service.js';
import { OwnCluster } from './support/own-cluster.js';
import { countIds, readKafkaLogRecords } from './support/stored-log.js';

/**
 * The ledger on a three-broker cluster (infra/kafka/cluster.sh, this suite's
 * own) with replication 3 and min.insync.replicas 2: the broker leading the
 * ledger topic is killed with kill -9 during concurrent appends and started
 * again, with one service process throughout. Every acknowledged append must
 * be in the topic exactly once afterwards, and the service must serve them.
 */

// kafkajs is CommonJS and Node sees only some of its exports as named ones.
const { ConfigResourceTypes } = kafkajs;
const topic = uniqueTopic('reliability.cluster');
let cluster: OwnCluster;
let service: LedgerService;

beforeAll(async () => {
  cluster = await OwnCluster.create();
  await cluster.start();
  service = await LedgerService.start({
    env: {
      KAFKA_BROKERS: cluster.brokers.join(','),
      LEDGER_KAFKA_TOPIC: topic,
      LEDGER_CHANGES_TOPIC: `${topic}.changes`,
      LEDGER_KAFKA_TRANSACTIONAL_ID: `${topic}.writer`,
      LEDGER_KAFKA_REPLICATION_FACTOR: '3',
      LEDGER_KAFKA_MIN_INSYNC_REPLICAS: '2',
      LEDGER_TOKENS: TOKENS,
      LEDGER_IMPORT_DATASET: 'false',
      LEDGER_WRITE_RATE_LIMIT: '1000000',
      LEDGER_RETRY_AFTER_SECONDS: '1',
      LOG_LEVEL: 'error',
    },
  });
}, 300_000);

afterAll(async () => {
  await service?.stop();
  await cluster?.destroy();
}, 120_000);

/** The node (1-3) that leads the ledger topic's one partition, and the topic's settings. */
async function describeLedgerTopic() {
  const admin = createKafka('reliability-cluster-admin', cluster.brokers).admin();
  await admin.connect();
  try {
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    const partition = metadata!.partitions[0]!;
    const configs = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
    });
    const minInsync = configs.resources[0]!.configEntries.find(
      (entry) => entry.configName === 'min.insync.replicas',
    )?.configValue;
    return { leader: partition.leader, replicas: partition.replicas.length, minInsync };
  } finally {
    await admin.disconnect();
  }
}

describe('a three-broker cluster', () => {
  it(
    'kill -9 of the leading broker during appends loses no acknowledged event',
    {
      timeout: 600_000,
    },
    async () => {
      // Given the ledger topic created with three replicas, two of them needed in sync
      const before = await describeLedgerTopic();
      expect(before).toMatchObject({ replicas: 3, minInsync: '2' });
      const appenders = startAppenders(service.url, { clients: 4, prefix: 'cluster' });
      await waitFor(() => appenders.acknowledged() >= 30, 60_000, 'appends before the kill');

      // When the broker leading the topic is killed mid-append, and later started again
      await cluster.killNode(before.leader);
      const ackedAtKill = appenders.acknowledged();
      await waitFor(
        () => appenders.acknowledged() >= ackedAtKill + 30,
        120_000,
        'appends acknowledged on the two brokers left',
      );
      await cluster.startNode(before.leader);
      const ackedAtRestart = appenders.acknowledged();
      await waitFor(
        () => appenders.acknowledged() >= ackedAtRestart + 30,
        120_000,
        'appends after the broker is back',
      );
      const outcomes = await appenders.stop();

      // Then every acknowledged event is in the topic exactly once, and nothing refused is
      const listed = await listEvents(service.url);
      const records = await readKafkaLogRecords(cluster.brokers, topic);
      const counts = countIds(records);
      for (const [id, count] of counts) expect(count, `copies of ${id}`).toBe(1);
      const acknowledged = outcomes.filter((o) => o.status === 201);
      for (const { id } of acknowledged) expect(counts.get(id), `acknowledged ${id}`).toBe(1);
      for (const { id, status } of outcomes) {
        if (status !== 201 && status !== 503 && status !== 'unknown')
          expect(counts.has(id), `refused ${id} (${status})`).toBe(false);
      }
      // And the service serves exactly what the topic holds
      expect(listed.map((event) => event.id)).toEqual(records.map((r) => r.event.id));
      expect(service.running).toBe(true);
      const unavailable = outcomes.filter((o) => o.status === 503).length;
      console.log(
        `cluster: broker ${before.leader} killed; ${acknowledged.length} acknowledged ` +
          `(${ackedAtKill} before the kill), ${unavailable} answered 503, all acknowledged kept`,
      );
    },
  );
});
