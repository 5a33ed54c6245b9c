import type { ISocketFactory } from 'kafkajs';
import { stderrLogger, type EventLogLogger } from '../logger.js';
import type { KafkaSecurity } from './security-from-env.js';

export interface KafkaLogOptions {
  /** `host:port` of one or more brokers. */
  readonly brokers: readonly string[];
  /** Defaults to `cleannet.ledger.v1`; tests use a unique name each. */
  readonly topic?: string;
  readonly clientId?: string;
  /**
   * The one active writer's identity. A second writer started with the same id
   * fences the first (which then fails with WriterFenced). Defaults to
   * `<topic>.writer`.
   */
  readonly transactionalId?: string;
  /** False for a read-only instance (a read replica): appends fail, reads and subscriptions work. */
  readonly writer?: boolean;
  /** TLS and SASL (kafkaSecurityFromEnv reads them from the environment); none by default. */
  readonly security?: KafkaSecurity;
  /** For a created topic; defaults to the broker's `default.replication.factor`. */
  readonly replicationFactor?: number;
  /** `min.insync.replicas` of a created topic; defaults to the broker's. */
  readonly minInsyncReplicas?: number;
  readonly logger?: EventLogLogger;
  /** An append that has not been committed by then fails with LogUnavailable. */
  readonly appendTimeoutMs?: number;
  /** Upper bound for opening: connecting, creating the topic and catching up. */
  readonly startTimeoutMs?: number;
  /** How often a writer that lost the broker tries to get back. */
  readonly recoveryIntervalMs?: number;
  readonly maxGroupBytes?: number;
  /** How kafkajs opens connections (its own default when unset); tests use it to cut the network. */
  readonly socketFactory?: ISocketFactory;
}

export const ledgerTopic = 'cleannet.ledger.v1';

export interface ResolvedKafkaLogOptions extends Required<
  Omit<KafkaLogOptions, 'replicationFactor' | 'minInsyncReplicas' | 'socketFactory'>
> {
  readonly replicationFactor: number | undefined;
  readonly minInsyncReplicas: number | undefined;
  readonly socketFactory: ISocketFactory | undefined;
}

export function resolveKafkaLogOptions(options: KafkaLogOptions): ResolvedKafkaLogOptions {
  const topic = options.topic ?? ledgerTopic;
  return {
    brokers: options.brokers,
    topic,
    clientId: options.clientId ?? 'cleannet-ledger',
    transactionalId: options.transactionalId ?? `${topic}.writer`,
    writer: options.writer ?? true,
    security: options.security ?? {},
    replicationFactor: options.replicationFactor,
    minInsyncReplicas: options.minInsyncReplicas,
    socketFactory: options.socketFactory,
    logger: options.logger ?? stderrLogger,
    appendTimeoutMs: options.appendTimeoutMs ?? 5_000,
    startTimeoutMs: options.startTimeoutMs ?? 60_000,
    recoveryIntervalMs: options.recoveryIntervalMs ?? 1_000,
    // Kafka refuses record batches over max.message.bytes (1 MiB by default).
    maxGroupBytes: options.maxGroupBytes ?? 512 * 1024,
  };
}
