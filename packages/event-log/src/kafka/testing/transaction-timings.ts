// Where the time of one ledger append goes on Kafka: runs back-to-back
// transactions of one record, as the writer does, and splits them by request
// (kafkajs's request instrumentation; kafkajs stamps requests in whole ms).
//   npx tsx packages/event-log/src/kafka/testing/transaction-timings.ts
//   KAFKA_BROKERS (127.0.0.1:9092)  TIMINGS_TRANSACTIONS (500)
//   TIMINGS_SHORTCUTS=off           the plain kafkajs producer, for comparison
//   TIMINGS_GAP_MS (0)              pause between transactions (a client's turnaround)
//   TIMINGS_SLOTS (1)               transactional producers used in turn (ids <id>-0, <id>-1...)
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { sleep } from '../../timeout.js';
import { noDelaySocketFactory } from '../no-delay-socket.js';
import { createLedgerProducer } from '../transaction-coordinator.js';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const transactions = Number(process.env.TIMINGS_TRANSACTIONS ?? 500);
const shortcutsOn = process.env.TIMINGS_SHORTCUTS !== 'off';
const gapMs = Number(process.env.TIMINGS_GAP_MS ?? 0);
const slots = Number(process.env.TIMINGS_SLOTS ?? 1);
const warmup = 20;

const kafka = new Kafka({
  clientId: 'transaction-timings',
  brokers,
  connectionTimeout: 1_000,
  requestTimeout: 3_000,
  retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1_000 },
  logLevel: logLevel.NOTHING,
  socketFactory: noDelaySocketFactory,
});
const topic = `transaction-timings.${Date.now().toString(36)}`;
const admin = kafka.admin();
await admin.connect();
await admin.createTopics({
  topics: [
    {
      topic,
      numPartitions: 1,
      configEntries: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }],
    },
  ],
  waitForLeaders: true,
});

const config = {
  transactionalId: `${topic}.writer`,
  idempotent: true,
  maxInFlightRequests: 1,
  transactionTimeout: 10_000,
  retry: { retries: 8, initialRetryTime: 5, maxRetryTime: 500 },
};
const producers: Producer[] = Array.from({ length: slots }, (_, slot) => {
  const slotConfig =
    slots === 1 ? config : { ...config, transactionalId: `${config.transactionalId}-${slot}` };
  return shortcutsOn
    ? createLedgerProducer(kafka, slotConfig, {
        concurrentRetryMs: 1,
        concurrentRetryLimitMs: 1_000,
      }).producer
    : kafka.producer(slotConfig);
});
let requests: { apiName: string; duration: number }[] = [];
for (const producer of producers) {
  producer.on(producer.events.REQUEST, ({ payload }) => requests.push(payload));
}

interface Sample {
  total: number;
  send: number;
  commit: number;
  requests: { apiName: string; duration: number }[];
}
const samples: Sample[] = [];
try {
  for (const producer of producers) await producer.connect();
  for (let i = 0; i < warmup + transactions; i += 1) {
    requests = [];
    const started = performance.now();
    const transaction = await producers[i % slots]!.transaction();
    await transaction.send({
      topic,
      acks: -1,
      messages: [{ key: 'subject', value: JSON.stringify({ id: `e${i}`, pad: 'x'.repeat(300) }) }],
    });
    const sent = performance.now();
    await transaction.commit();
    const committed = performance.now();
    if (i >= warmup) {
      samples.push({
        total: committed - started,
        send: sent - started,
        commit: committed - sent,
        requests,
      });
    }
    if (gapMs > 0) await sleep(gapMs);
  }
} finally {
  for (const producer of producers) await producer.disconnect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const row = (name: string, values: readonly number[], perTransaction?: number) =>
  `| ${name} | ${perTransaction?.toFixed(2) ?? ''} | ${[50, 90, 99].map((p) => percentile(values, p).toFixed(1)).join(' | ')} | ${Math.max(...values).toFixed(1)} |`;

console.log(
  `${transactions} transactions, ${slots} slot(s), shortcuts ${shortcutsOn ? 'on' : 'off'}, gap ${gapMs} ms, ${brokers.join(',')}`,
);
console.log('| phase or request | per transaction | p50 ms | p90 | p99 | max |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const phase of ['total', 'send', 'commit'] as const) {
  console.log(
    row(
      phase,
      samples.map((s) => s[phase]),
    ),
  );
}
const byApi = new Map<string, number[]>();
for (const sample of samples) {
  for (const { apiName, duration } of sample.requests) {
    byApi.set(apiName, [...(byApi.get(apiName) ?? []), duration]);
  }
}
for (const [api, durations] of byApi) {
  console.log(row(api, durations, durations.length / samples.length));
}
