/**
 * How the topics the ledger creates are replicated. Unset values are left to
 * the broker (`default.replication.factor`, `min.insync.replicas`), which keeps
 * a single-broker setup working with no settings at all; a cluster sets 3 and 2
 * so that an acknowledged append (acks=-1) survives the loss of one broker.
 */
export interface TopicReplication {
  readonly replicationFactor?: number | undefined;
  readonly minInsyncReplicas?: number | undefined;
}

/** The createTopics fields for `replication`, refusing a combination no append could meet. */
export function topicReplicationFields(
  topic: string,
  { replicationFactor, minInsyncReplicas }: TopicReplication,
): { replicationFactor?: number; configEntries: { name: string; value: string }[] } {
  if (
    replicationFactor !== undefined &&
    minInsyncReplicas !== undefined &&
    minInsyncReplicas > replicationFactor
  ) {
    throw new Error(
      `Topic ${topic}: min.insync.replicas ${minInsyncReplicas} is more than its replication factor ` +
        `${replicationFactor}, so no append could ever be acknowledged`,
    );
  }
  return {
    ...(replicationFactor === undefined ? {} : { replicationFactor }),
    configEntries:
      minInsyncReplicas === undefined
        ? []
        : [{ name: 'min.insync.replicas', value: String(minInsyncReplicas) }],
  };
}
