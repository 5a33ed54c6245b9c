import { fileURLToPath } from 'node:url';
import {
  kafkaSecurityFromEnv,
  KafkaSecurityConfigError,
  type KafkaSecurity,
} from '@cleannet/event-log';
import { z } from 'zod';
import { parseTokenTable } from '../auth/token-table.js';
import { CHANGES_TOPIC_DEFAULT, LEDGER_TOPIC_DEFAULT } from '../ledger/topics.js';

/** `.data/` at the repository root, wherever the service is started from. */
const repoDataDir = fileURLToPath(new URL('../../../../.data', import.meta.url));
const dashboardDistDir = fileURLToPath(new URL('../../../dashboard/dist', import.meta.url));

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = z.coerce.number().int().positive();

/**
 * Every setting the service reads from the environment. Parsed once at
 * start-up so that a typo stops the process with a message naming the
 * variable, instead of surfacing later as odd behaviour.
 */
export const configSchema = z.object({
  /**
   * The service's public URL (e.g. https://ledger.example.org behind a proxy): the base of
   * problem `type` URIs and the API documents' server. Default: the request's scheme and Host.
   */
  LEDGER_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LEDGER_DATA_DIR: z.string().min(1).default(repoDataDir),
  KAFKA_BROKERS: z
    .string()
    .trim()
    .optional()
    .transform((value) =>
      value
        ? value
            .split(',')
            .map((broker) => broker.trim())
            .filter((broker) => broker.length > 0)
        : [],
    )
    .pipe(z.array(z.string().regex(/^[^\s:]+:\d+$/, 'expected host:port'))),
  LEDGER_KAFKA_TOPIC: z.string().min(1).default(LEDGER_TOPIC_DEFAULT),
  LEDGER_CHANGES_TOPIC: z.string().min(1).default(CHANGES_TOPIC_DEFAULT),
  /** The single writer's identity on Kafka; a second instance with the same id fences the first. */
  LEDGER_KAFKA_TRANSACTIONAL_ID: z.string().min(1).optional(),
  /**
   * Kafka mode: publish commitment changes to LEDGER_CHANGES_TOPIC. `false` for
   * an extra instance that should only serve; the publishing instance's
   * catch-up covers every change whoever appended the event.
   */
  LEDGER_PUBLISH_CHANGES: flag.default(true),
  /** How often the changes publisher retries after a failed publish (Kafka mode). */
  LEDGER_CHANGES_RETRY_MS: positiveInt.default(5_000),
  // Kafka: the topics the service creates (docs/kafka.md). Unset replication
  // settings are the broker's defaults, which suit a single broker; a cluster
  // sets 3 and 2. TLS and SASL (KAFKA_SSL*, KAFKA_SASL*) are read by
  // kafkaSecurityFromEnv in loadConfig below, the reading the client shares.
  LEDGER_KAFKA_REPLICATION_FACTOR: positiveInt.optional(),
  LEDGER_KAFKA_MIN_INSYNC_REPLICAS: positiveInt.optional(),
  LEDGER_CHANGES_PARTITIONS: positiveInt.default(1),
  LEDGER_TOKENS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTokenTable(value ?? '');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  LEDGER_PRIVATE_READS: flag.default(false),
  LEDGER_IMPORT_DATASET: flag.default(true),
  LEDGER_BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
  /**
   * Slow and idle connections (http/connection-limits.ts). A request's
   * headers must arrive within HEADERS_TIMEOUT and the whole request, body
   * included, within REQUEST_TIMEOUT (neither applies to a response, so an
   * SSE stream is not cut). An idle keep-alive connection closes after
   * KEEP_ALIVE_TIMEOUT, longer than proxies' usual 60 s so the server is
   * never the side that closes a connection a client is about to reuse. New
   * connections past MAX_CONNECTIONS are dropped as they are accepted.
   */
  LEDGER_HTTP_HEADERS_TIMEOUT_MS: positiveInt.default(10_000),
  LEDGER_HTTP_REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
  LEDGER_HTTP_KEEP_ALIVE_TIMEOUT_MS: positiveInt.default(65_000),
  LEDGER_HTTP_MAX_CONNECTIONS: positiveInt.default(4_096),
  LEDGER_WRITE_RATE_LIMIT: positiveInt.default(500),
  LEDGER_WRITE_RATE_WINDOW_MS: positiveInt.default(1000),
  /**
   * Memory for cached read answers (serialised bodies); 0 turns the cache off.
   * A dashboard replaying 208 dates over five routes reads about 75 MB of
   * answers (an exposure answer lists every market per vendor: 170 KB); below
   * its working set a least-recently-used cache scanned in a cycle keeps
   * nothing it is asked for again.
   */
  LEDGER_READ_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(256 * 1024 * 1024),
  /**
   * Compute and serialise index reads on a worker thread holding a replica of
   * the index (`false`: on the main thread, from the one index).
   */
  LEDGER_READ_WORKER: flag.default(true),
  // The change stream (SSE). Every open stream costs memory and a socket, so
  // each is bounded here, never by the client's good will.
  /** Comment lines keep idle streams open through proxies and show clients a live connection. */
  LEDGER_SSE_HEARTBEAT_MS: positiveInt.default(15_000),
  /** Open streams in all; beyond it a new stream gets 503 with Retry-After. */
  LEDGER_SSE_MAX_STREAMS: positiveInt.default(2_000),
  /** Open streams per client address; beyond it 429 with Retry-After. */
  LEDGER_SSE_MAX_STREAMS_PER_CLIENT: positiveInt.default(20),
  /**
   * Bytes a stream may hold for one client beyond what its socket took: the
   * backlog goes out in pages of at most this size, the next only after the
   * socket drained.
   */
  LEDGER_SSE_BUFFER_BYTES: z.coerce
    .number()
    .int()
    .min(4_096)
    .default(64 * 1024),
  /**
   * Backlog one connection sends before it ends and the client reconnects with
   * Last-Event-ID for the next part: what a client that never reads can make
   * the kernel hold for it (a socket takes up to 4 MiB on Linux whether or not
   * the client reads).
   */
  LEDGER_SSE_CATCHUP_BYTES: z.coerce
    .number()
    .int()
    .min(4_096)
    .default(512 * 1024),
  /** A stream whose client has taken nothing for this long (its buffer stays full) is closed. */
  LEDGER_SSE_STALL_TIMEOUT_MS: positiveInt.default(30_000),
  LEDGER_RETRY_AFTER_SECONDS: positiveInt.default(5),
  LEDGER_SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
  LEDGER_DASHBOARD_DIR: z.string().min(1).default(dashboardDistDir),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type LedgerConfig = z.output<typeof configSchema> & {
  /** Kafka TLS and SASL, from the KAFKA_SSL* and KAFKA_SASL* variables. */
  readonly kafkaSecurity: KafkaSecurity;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment, or throws a ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): LedgerConfig {
  const result = configSchema.safeParse(env);
  const lines = result.success
    ? []
    : result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  let kafkaSecurity: KafkaSecurity = {};
  try {
    kafkaSecurity = kafkaSecurityFromEnv(env);
  } catch (error) {
    if (!(error instanceof KafkaSecurityConfigError)) throw error;
    lines.push(...error.issues.map((issue) => `  ${issue.variable}: ${issue.message}`));
  }
  if (result.success && lines.length === 0) return { ...result.data, kafkaSecurity };
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
