import { parseBrokerList } from './broker-list.js';
import { localBroker, runningLocalClusterId, startLocalBroker } from './local-broker.js';

export interface KafkaConnection {
  brokers: string[];
  /**
   * The cluster id the local broker was formatted with, when `brokers` is that
   * running broker; undefined for any other cluster (one named in KAFKA_BROKERS).
   */
  localClusterId: string | undefined;
  /** What kafka.sh said when this call started the local broker. */
  startLog: string | undefined;
}

let localStart: Promise<KafkaConnection> | undefined;

/**
 * Gives a suite a real Kafka broker: the cluster named by `KAFKA_BROKERS` when
 * it is set, otherwise the local broker of infra/kafka, started at most once
 * per process (and shared across processes by kafka.sh's lock).
 */
export function ensureKafka(env: NodeJS.ProcessEnv = process.env): Promise<KafkaConnection> {
  const local = localBroker(env);
  const configured = parseBrokerList(env.KAFKA_BROKERS);
  if (configured.length > 0) {
    const isLocal = configured.length === 1 && configured[0] === local.address;
    return Promise.resolve({
      brokers: configured,
      localClusterId: isLocal ? runningLocalClusterId(local) : undefined,
      startLog: undefined,
    });
  }
  localStart ??= startLocalBroker(local, env).then(
    (startLog) => ({
      brokers: [local.address],
      localClusterId: runningLocalClusterId(local),
      startLog,
    }),
    (error: unknown) => {
      localStart = undefined;
      throw error;
    },
  );
  return localStart;
}
