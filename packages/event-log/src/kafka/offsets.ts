import type { Admin } from 'kafkajs';

/** The offset after the last one written to the single partition (transaction markers included). */
export async function endOffset(admin: Admin, topic: string): Promise<number> {
  const [partition] = await admin.fetchTopicOffsets(topic);
  return Number(partition?.high ?? 0);
}

/** The first offset recorded after `epochMs`, or the end offset when there is none. */
export async function offsetAfter(admin: Admin, topic: string, epochMs: number): Promise<number> {
  const [partition] = await admin.fetchTopicOffsetsByTimestamp(topic, epochMs + 1);
  return Number(partition?.offset ?? 0);
}
