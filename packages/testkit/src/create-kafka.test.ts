import { describe, expect, it } from 'vitest';
import { createKafka } from './create-kafka.js';
import { ensureKafka } from './ensure-kafka.js';

describe('createKafka', () => {
  it('refuses to build a client without brokers, naming the ways to get one', () => {
    expect(() => createKafka('no-brokers', [])).toThrow(/KAFKA_BROKERS/);
  });

  it('connects to the broker it is given', async () => {
    const { brokers } = await ensureKafka();
    const admin = createKafka('testkit-create-kafka', brokers).admin();
    await admin.connect();
    try {
      const cluster = await admin.describeCluster();
      expect(cluster.brokers).toHaveLength(1);
      expect(cluster.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    } finally {
      await admin.disconnect();
    }
  });
});
