import { createKafka, uniqueTopic } from '@cleannet/testkit';
import type {} from '@cleannet/testkit/kafka-global-setup';
import { describe, expect, inject, it } from 'vitest';
import {
  createLedgerProducer,
  withCoordinatorShortcuts,
  WRITER_SHORTCUTS,
  type CoordinatorCluster,
} from './transaction-coordinator.js';

const transaction = 1;
const group = 0;
const shortcuts = { concurrentRetryMs: 1, concurrentRetryLimitMs: 200 };

class ProtocolError extends Error {
  constructor(readonly type: string) {
    super(type);
  }
}

/** A cluster that counts lookups and whose coordinator answers from a script of errors. */
function scriptedCluster(addPartitionsErrors: string[] = []) {
  const calls = { lookups: 0, findBroker: 0, addPartitions: 0, endTxn: 0 };
  const coordinator = {
    nodeId: 7,
    async addPartitionsToTxn(request: { topics: unknown[] }) {
      calls.addPartitions += 1;
      const error = addPartitionsErrors.shift();
      if (error) throw new ProtocolError(error);
      return { added: request.topics, by: this.nodeId };
    },
    async endTxn() {
      calls.endTxn += 1;
      throw new ProtocolError('NOT_COORDINATOR');
    },
  };
  const cluster: CoordinatorCluster = {
    async findGroupCoordinator() {
      calls.lookups += 1;
      return coordinator;
    },
    async findBroker({ nodeId }) {
      calls.findBroker += 1;
      expect(nodeId).toBe(7);
      return coordinator;
    },
    async refreshMetadata() {
      return undefined;
    },
  };
  return { cluster: withCoordinatorShortcuts(cluster, shortcuts), calls };
}

type Coordinator = ReturnType<typeof scriptedCluster> extends { cluster: infer C } ? C : never;
const coordinatorOf = async (cluster: Coordinator) =>
  (await cluster.findGroupCoordinator({ groupId: 'w', coordinatorType: transaction })) as {
    addPartitionsToTxn(request: { topics: unknown[] }): Promise<{ added: unknown[]; by: number }>;
    endTxn(): Promise<unknown>;
  };

describe('the transaction coordinator shortcut', () => {
  it('looks the transaction coordinator up once, then reuses its node', async () => {
    const { cluster, calls } = scriptedCluster();
    await coordinatorOf(cluster);
    await coordinatorOf(cluster);
    await coordinatorOf(cluster);
    expect(calls).toMatchObject({ lookups: 1, findBroker: 2 });
  });

  it('leaves group coordinator lookups alone', async () => {
    const { cluster, calls } = scriptedCluster();
    await cluster.findGroupCoordinator({ groupId: 'g', coordinatorType: group });
    await cluster.findGroupCoordinator({ groupId: 'g', coordinatorType: group });
    expect(calls.lookups).toBe(2);
  });

  it('looks the coordinator up again after a metadata refresh', async () => {
    const { cluster, calls } = scriptedCluster();
    await coordinatorOf(cluster);
    await cluster.refreshMetadata();
    await coordinatorOf(cluster);
    expect(calls.lookups).toBe(2);
  });

  it('looks the coordinator up again after it answered with an error', async () => {
    const { cluster, calls } = scriptedCluster();
    await expect((await coordinatorOf(cluster)).endTxn()).rejects.toThrow('NOT_COORDINATOR');
    await coordinatorOf(cluster);
    expect(calls.lookups).toBe(2);
  });

  it('asks again for the partitions while the previous commit completes', async () => {
    const { cluster, calls } = scriptedCluster([
      'CONCURRENT_TRANSACTIONS',
      'CONCURRENT_TRANSACTIONS',
    ]);
    const answer = await (await coordinatorOf(cluster)).addPartitionsToTxn({ topics: ['t'] });
    expect(answer).toEqual({ added: ['t'], by: 7 });
    expect(calls.addPartitions).toBe(3);
  });

  it('passes other errors on at once', async () => {
    const { cluster, calls } = scriptedCluster(['INVALID_PRODUCER_EPOCH']);
    const coordinator = await coordinatorOf(cluster);
    await expect(coordinator.addPartitionsToTxn({ topics: ['t'] })).rejects.toThrow(
      'INVALID_PRODUCER_EPOCH',
    );
    expect(calls.addPartitions).toBe(1);
  });

  it('hands CONCURRENT_TRANSACTIONS to kafkajs once the limit has passed', async () => {
    const { cluster } = scriptedCluster(Array<string>(1_000).fill('CONCURRENT_TRANSACTIONS'));
    const coordinator = await coordinatorOf(cluster);
    const started = Date.now();
    await expect(coordinator.addPartitionsToTxn({ topics: ['t'] })).rejects.toThrow(
      'CONCURRENT_TRANSACTIONS',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('a ledger producer on the real broker', () => {
  it('commits back to back without looking the coordinator up again', async () => {
    const topic = uniqueTopic('event-log.coordinator');
    const kafka = createKafka('event-log-coordinator-test', inject('kafkaBrokers'));
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    const { producer, shortcuts: active } = createLedgerProducer(
      kafka,
      { transactionalId: `${topic}.writer`, idempotent: true, maxInFlightRequests: 1 },
      // The writer's own settings: past their limit the shortcut hands over to kafkajs, which
      // looks the coordinator up again (a just-started broker under a full `npm test` once
      // took longer than a tighter 200 ms limit).
      WRITER_SHORTCUTS,
    );
    expect(active).toBe(true);
    const requests: string[] = [];
    producer.on(producer.events.REQUEST, ({ payload }) => requests.push(payload.apiName));
    try {
      await producer.connect();
      const commits = 20;
      for (let i = 0; i < commits; i += 1) {
        const open = await producer.transaction();
        await open.send({ topic, acks: -1, messages: [{ key: 'k', value: String(i) }] });
        await open.commit();
      }
      const count = (api: string) => requests.filter((name) => name === api).length;
      expect(count('EndTxn')).toBe(commits);
      expect(count('Produce')).toBe(commits);
      // After the first commit (whose new topic refreshes the metadata and so the coordinator):
      // no coordinator lookup, and no metadata refresh, which kafkajs does when it retries
      // CONCURRENT_TRANSACTIONS itself.
      const afterFirstCommit = requests.slice(requests.indexOf('EndTxn') + 1);
      const sequence = `requests after the first commit: ${afterFirstCommit.join(' ')}`;
      expect(afterFirstCommit, sequence).not.toContain('GroupCoordinator');
      expect(afterFirstCommit, sequence).not.toContain('Metadata');
      // Each committed transaction holds its record and a commit marker. The coordinator
      // writes the last markers after it has answered the commit, so they may land a moment later.
      await expect
        .poll(async () => Number((await admin.fetchTopicOffsets(topic))[0]?.high), {
          timeout: 10_000,
        })
        .toBe(2 * commits);
    } finally {
      await producer.disconnect();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    }
  });
});
