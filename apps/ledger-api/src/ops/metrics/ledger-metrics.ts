import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** DI token for this app's LedgerMetrics (one registry per app, so tests can run several). */
export const METRICS = Symbol('METRICS');

export interface LedgerMetrics {
  readonly registry: Registry;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly appendedEvents: Counter<'outcome'>;
  readonly appendDuration: Histogram;
  /** The log's own append (file: write + fsync; Kafka: one committed transaction). */
  readonly logAppendDuration: Histogram;
  /** From the log's acknowledgement until the projections applied the record (Kafka: the follower's fetch). */
  readonly applyWait: Histogram;
  /** Requests that shared one log append (group commit). */
  readonly appendGroupSize: Histogram;
  /** Events in the log not yet applied to the projections. */
  readonly projectionLag: Gauge;
  /** Seconds between an event's recordedAt and its application to the projections. */
  readonly projectionDelay: Histogram;
  /** Log records not yet delivered to this instance's subscription. */
  readonly consumerLag: Gauge;
  readonly sseClients: Gauge;
  readonly publishedChanges: Counter<'outcome'>;
  /** Commitment changes derived but not yet acknowledged by the changes topic (Kafka mode). */
  readonly changesPublisherLag: Gauge;
  /** Reports the read-answer cache's size and hit counts at each scrape. */
  watchReadCache(stats: ReadCacheStats): void;
}

export interface ReadCacheStats {
  readonly size: number;
  readonly bytes: number;
  readonly hits: number;
  readonly misses: number;
}

export function createLedgerMetrics(): LedgerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  let readCache: ReadCacheStats = { size: 0, bytes: 0, hits: 0, misses: 0 };
  new Gauge({
    name: 'ledger_read_cache_bytes',
    help: 'Bytes of serialised read answers held by the read cache',
    registers: [registry],
    collect() {
      this.set(readCache.bytes);
    },
  });
  new Gauge({
    name: 'ledger_read_cache_entries',
    help: 'Read answers held by the read cache',
    registers: [registry],
    collect() {
      this.set(readCache.size);
    },
  });
  new Gauge({
    name: 'ledger_read_cache_lookups',
    help: 'Read-cache lookups since start, by outcome (hit, miss)',
    labelNames: ['outcome'],
    registers: [registry],
    collect() {
      this.set({ outcome: 'hit' }, readCache.hits);
      this.set({ outcome: 'miss' }, readCache.misses);
    },
  });
  return {
    watchReadCache(stats) {
      readCache = stats;
    },
    registry,
    httpDuration: new Histogram({
      name: 'ledger_http_request_duration_seconds',
      help: 'HTTP request latency by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    appendedEvents: new Counter({
      name: 'ledger_append_events_total',
      help: 'Proposed events by outcome (appended, duplicate, rejected)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    appendDuration: new Histogram({
      name: 'ledger_append_duration_seconds',
      help: 'Time from a write entering the single-writer queue to its acknowledgement',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    logAppendDuration: new Histogram({
      name: 'ledger_log_append_duration_seconds',
      help: 'Time the event log takes to acknowledge an append',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    applyWait: new Histogram({
      name: 'ledger_apply_wait_seconds',
      help: 'Time from the log acknowledging an append until the projections applied it',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    appendGroupSize: new Histogram({
      name: 'ledger_append_group_requests',
      help: 'Write requests committed together in one log append',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128],
      registers: [registry],
    }),
    projectionLag: new Gauge({
      name: 'ledger_projection_lag_events',
      help: 'Events in the log not yet applied to the projections',
      registers: [registry],
    }),
    projectionDelay: new Histogram({
      name: 'ledger_projection_delay_seconds',
      help: 'Seconds from an event being recorded to its application to the projections',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
      registers: [registry],
    }),
    consumerLag: new Gauge({
      name: 'ledger_consumer_lag_events',
      help: 'Log records behind the end of the log for this instance subscription',
      registers: [registry],
    }),
    sseClients: new Gauge({
      name: 'ledger_sse_clients',
      help: 'Open Server-Sent Events streams',
      registers: [registry],
    }),
    publishedChanges: new Counter({
      name: 'ledger_commitment_changes_published_total',
      help: 'Commitment-change events published to the changes topic, by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    changesPublisherLag: new Gauge({
      name: 'ledger_changes_publisher_lag',
      help: 'Commitment changes derived but not yet acknowledged by the changes topic',
      registers: [registry],
    }),
  };
}
