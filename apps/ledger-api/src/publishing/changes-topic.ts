import { randomUUID } from 'node:crypto';
import {
  createdOrExists,
  topicReplicationFields,
  type TopicReplication,
} from '@cleannet/event-log';
import type { Admin, Kafka } from 'kafkajs';
import { changeIdOf } from './commitment-change-event.js';

/**
 * The changes topic keeps every change forever (consumers may start from the
 * first one), and is never compacted (a key is an actor, and every change of
 * an actor matters, not only its last). One partition (the default) keeps one
 * total order; with more, each actor's changes keep theirs (keyed by actor).
 */
export const changesTopicConfig: Readonly<Record<string, string>> = {
  'cleanup.policy': 'delete',
  'retention.ms': '-1',
  'retention.bytes': '-1',
};

export interface ChangesTopicLayout extends TopicReplication {
  readonly partitions?: number;
}

/** Creates the topic when missing; an existing one is used as it is. */
export async function ensureChangesTopic(
  admin: Admin,
  topic: string,
  layout: ChangesTopicLayout = {},
): Promise<void> {
  if ((await admin.listTopics()).includes(topic)) return;
  const { configEntries, ...replicationFactor } = topicReplicationFields(topic, layout);
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: layout.partitions ?? 1,
          ...replicationFactor,
          configEntries: [
            ...Object.entries(changesTopicConfig).map(([name, value]) => ({ name, value })),
            ...configEntries,
          ],
        },
      ],
    });
  } catch (error) {
    // Another instance created it first, or its metadata has not reached every broker yet.
    if (!createdOrExists(error)) throw error;
  }
}

/**
 * The ids of the last record of each partition (none when the topic is
 * empty): the publisher writes changes in feed order, so with one partition
 * this is the last change published. A topic created by hand with several
 * partitions gives one id per partition; the caller takes the latest.
 */
export async function lastPublishedIds(
  kafka: Kafka,
  admin: Admin,
  topic: string,
  timeoutMs: number,
): Promise<string[]> {
  const offsets = await admin.fetchTopicOffsets(topic);
  const wanted = new Map<number, number>();
  for (const { partition, high, low } of offsets) {
    if (Number(high) > Number(low)) wanted.set(partition, Number(high) - 1);
  }
  if (wanted.size === 0) return [];

  const consumer = kafka.consumer({
    groupId: `${topic}.last-published.${randomUUID()}`,
    maxWaitTimeInMs: 100,
  });
  const last: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: false });
    let found: () => void = () => undefined;
    const allFound = new Promise<void>((resolve) => (found = resolve));
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const target = wanted.get(partition);
        if (target === undefined || Number(message.offset) < target) return;
        const id = changeIdOf(message.value);
        if (id !== undefined) last.push(id);
        wanted.delete(partition);
        if (wanted.size === 0) found();
      },
    });
    for (const [partition, offset] of wanted) {
      consumer.seek({ topic, partition, offset: String(offset) });
    }
    await Promise.race([
      allFound,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`Reading the last change of ${topic} took over ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]);
    return last;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect().catch(() => undefined);
  }
}
