import kafkajs, { type Admin } from 'kafkajs';
import { topicReplicationFields, type TopicReplication } from './topic-replication.js';

// kafkajs is CommonJS and Node sees only some of its exports as named ones.
const { ConfigResourceTypes } = kafkajs;

/**
 * What the ledger needs from its topic: one partition (one total order, so a
 * position is an offset), kept forever and never compacted, stamped with the
 * broker's append time (that time is `recordedAt`).
 */
export const ledgerTopicConfig: Readonly<Record<string, string>> = {
  'cleanup.policy': 'delete',
  'retention.ms': '-1',
  'retention.bytes': '-1',
  'message.timestamp.type': 'LogAppendTime',
};

/**
 * Creates the topic when missing (with `replication`); refuses an existing
 * topic that would break the ledger's promises.
 */
export async function ensureLedgerTopic(
  admin: Admin,
  topic: string,
  replication: TopicReplication,
): Promise<void> {
  const existing = await admin.listTopics();
  if (!existing.includes(topic)) {
    const { configEntries, ...replicationFactor } = topicReplicationFields(topic, replication);
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: [
          {
            topic,
            numPartitions: 1,
            ...replicationFactor,
            configEntries: [
              ...Object.entries(ledgerTopicConfig).map(([name, value]) => ({ name, value })),
              ...configEntries,
            ],
          },
        ],
      });
    } catch (error) {
      // Another instance created it first, or it is created and its metadata still on its
      // way to the broker asked (below): fine, as long as it is right (checked below).
      if (!createdOrExists(error)) throw error;
    }
  }
  await whileTopicUnknown(() => assertLedgerTopic(admin, topic));
}

/** A createTopics failure that still leaves the topic in place. */
export function createdOrExists(error: unknown): boolean {
  const type = (error as { type?: string }).type;
  return type === 'TOPIC_ALREADY_EXISTS' || type === 'UNKNOWN_TOPIC_OR_PARTITION';
}

/**
 * On a cluster, a topic just created is known to the controller before every
 * broker has its metadata: a broker asked in between answers
 * UNKNOWN_TOPIC_OR_PARTITION, which kafkajs's admin does not retry (not even
 * createTopics' own wait for leaders).
 */
async function whileTopicUnknown<T>(attempt: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function describeLedgerTopic(
  admin: Admin,
  topic: string,
): Promise<{ partitions: number; config: Record<string, string> }> {
  const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
  });
  const config: Record<string, string> = {};
  for (const entry of described.resources[0]?.configEntries ?? [])
    config[entry.configName] = entry.configValue;
  return { partitions: metadata?.partitions.length ?? 0, config };
}

async function assertLedgerTopic(admin: Admin, topic: string): Promise<void> {
  const { partitions, config } = await describeLedgerTopic(admin, topic);
  const problems: string[] = [];
  if (partitions !== 1) problems.push(`${partitions} partitions (the ledger needs exactly 1)`);
  for (const [name, value] of Object.entries(ledgerTopicConfig)) {
    if (config[name] !== value)
      problems.push(`${name}=${config[name] ?? 'unset'} (needs ${value})`);
  }
  if (problems.length > 0) {
    throw new Error(`Topic ${topic} cannot hold the ledger: ${problems.join('; ')}`);
  }
}
