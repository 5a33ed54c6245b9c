import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrokerList } from './broker-list.js';
import { ensureKafka } from './ensure-kafka.js';
import { localBroker } from './local-broker.js';

const withoutBrokers = { ...process.env, KAFKA_BROKERS: '' };
// A run pointed at another cluster (KAFKA_BROKERS) may have no Java to start ours.
const usesAnotherCluster = parseBrokerList(process.env.KAFKA_BROKERS).some(
  (broker) => broker !== localBroker().address,
);

describe('ensureKafka', () => {
  it.skipIf(usesAnotherCluster)(
    'starts (or finds) the local broker and reports the cluster id it was formatted with',
    async () => {
      const kafka = await ensureKafka(withoutBrokers);
      const local = localBroker(withoutBrokers);
      expect(kafka.brokers).toEqual([local.address]);
      expect(kafka.localClusterId).toBe(
        readFileSync(join(local.runDir, 'cluster-id'), 'utf8').trim(),
      );
      expect(kafka.localClusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    },
  );

  it.skipIf(usesAnotherCluster)('shares one start between concurrent callers of a process', () => {
    expect(ensureKafka(withoutBrokers)).toBe(ensureKafka(withoutBrokers));
  });

  it('uses KAFKA_BROKERS as given and claims no cluster id for another cluster', async () => {
    const kafka = await ensureKafka({ ...process.env, KAFKA_BROKERS: 'kafka-a:9092,kafka-b:9092' });
    expect(kafka).toEqual({
      brokers: ['kafka-a:9092', 'kafka-b:9092'],
      localClusterId: undefined,
      startLog: undefined,
    });
  });

  it.skipIf(usesAnotherCluster)(
    'recognises KAFKA_BROKERS naming the running local broker',
    async () => {
      const started = await ensureKafka(withoutBrokers);
      const named = await ensureKafka({
        ...withoutBrokers,
        KAFKA_BROKERS: started.brokers.join(','),
      });
      expect(named.localClusterId).toBe(started.localClusterId);
    },
  );
});
