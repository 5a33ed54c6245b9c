import kafkajs, { type ICustomPartitioner } from 'kafkajs';

// kafkajs is CommonJS and Node sees only some of its exports as named ones.
const { Partitioners } = kafkajs;

/**
 * kafkajs's default partitioner (the Java client's: murmur2 of the key), except
 * that a topic with one partition gets it without hashing the key: the hash
 * runs on 64-bit Long objects and allocates for every message, and modulo one
 * partition its answer is always 0. A topic created by hand with several
 * partitions is partitioned by key exactly as before.
 */
export const singlePartitionFirst: ICustomPartitioner = () => {
  const byKey = Partitioners.DefaultPartitioner();
  return (args) => (args.partitionMetadata.length === 1 ? 0 : byKey(args));
};
