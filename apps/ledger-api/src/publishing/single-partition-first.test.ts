import kafkajs, { type PartitionMetadata } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { singlePartitionFirst } from './single-partition-first.js';

const { Partitioners } = kafkajs;

function partitions(count: number): PartitionMetadata[] {
  return Array.from({ length: count }, (_, partitionId) => ({
    partitionErrorCode: 0,
    partitionId,
    leader: 1,
    replicas: [1],
    isr: [1],
  }));
}

const keys = ['BR', 'JP', 'operator:vodafone', 'KR', 'NZ', 'US', 'DE', 'FR'];

describe('the changes publisher partitioner', () => {
  it('sends every change of a one-partition topic to partition 0', () => {
    // Given a topic with one partition
    const partition = singlePartitionFirst();
    // When changes of many actors are partitioned
    const chosen = keys.map((key) =>
      partition({ topic: 't', partitionMetadata: partitions(1), message: { key, value: '' } }),
    );
    // Then all go to its one partition
    expect(chosen).toEqual(keys.map(() => 0));
  });

  it("partitions a topic with several partitions by key, exactly as kafkajs's default does", () => {
    // Given a topic created by hand with several partitions
    const ours = singlePartitionFirst();
    const kafkas = Partitioners.DefaultPartitioner();
    const metadata = partitions(5);
    // When changes of many actors are partitioned
    const chosen = keys.map((key) =>
      ours({ topic: 't', partitionMetadata: metadata, message: { key, value: '' } }),
    );
    // Then each actor lands where the default partitioner puts it (and not all in one place)
    expect(chosen).toEqual(
      keys.map((key) =>
        kafkas({ topic: 't', partitionMetadata: metadata, message: { key, value: '' } }),
      ),
    );
    expect(new Set(chosen).size).toBeGreaterThan(1);
  });
});
