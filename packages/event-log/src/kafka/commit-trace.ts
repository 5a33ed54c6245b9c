import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Producer } from 'kafkajs';

/**
 * A debugging aid for latency work, off unless `LEDGER_KAFKA_TRACE` names a
 * file. The writer then notes, for every transaction, the ids of its events,
 * when it started, when its records were sent (AddPartitionsToTxn and
 * Produce done) and when it committed (EndTxn done), in epoch milliseconds
 * with sub-millisecond precision (comparable with another process's
 * `performance.timeOrigin + performance.now()`), and the requests kafkajs
 * sent for it with their durations (whole ms, kafkajs's instrumentation;
 * every CONCURRENT_TRANSACTIONS retry is one more AddPartitionsToTxn). The
 * writer's close writes them all as JSON lines to that file.
 * `test/bench/api-latency.bench.ts` (`BENCH_API_TRACE=1`) joins them with its
 * client-side times. Off, it costs one branch per append.
 */
export interface CommitTrace {
  /** Starts the record of one transaction; undefined when tracing is off. */
  begin(ids: () => readonly string[]): TraceEntry | undefined;
  /** Counts the producer's requests into the transaction being recorded. */
  watch(producer: Producer): void;
  /** Writes what was recorded (the writer's close). */
  flush(): void;
}

export interface TraceEntry {
  sent(): void;
  committed(): void;
}

export interface TracedTransaction {
  readonly ids: readonly string[];
  readonly start: number;
  sent?: number;
  committed?: number;
  readonly requests: [api: string, durationMs: number][];
}

const now = () => performance.timeOrigin + performance.now();

export function commitTraceFromEnv(
  path: string | undefined = process.env.LEDGER_KAFKA_TRACE,
): CommitTrace {
  if (!path) return { begin: () => undefined, watch: () => undefined, flush: () => undefined };
  const recorded: TracedTransaction[] = [];
  let open: TracedTransaction | undefined;
  return {
    begin(ids) {
      const entry: TracedTransaction = { ids: ids(), start: now(), requests: [] };
      recorded.push(entry);
      open = entry;
      return {
        sent: () => {
          entry.sent = now();
        },
        committed: () => {
          entry.committed = now();
          if (open === entry) open = undefined;
        },
      };
    },
    watch(producer) {
      producer.on(producer.events.REQUEST, ({ payload }) => {
        open?.requests.push([payload.apiName, payload.duration]);
      });
    },
    flush() {
      writeFileSync(path, recorded.map((entry) => JSON.stringify(entry)).join('\n') + '\n');
    },
  };
}
