// POST -> 201 latency and POST -> SSE delivery latency of the ledger service,
// on the embedded file log and on Kafka. Each log gets its own server process
// (the built `apps/ledger-api/dist/main.js`) on a free port: a temporary data
// directory, or unique Kafka topics. Run: `cd test && npx tsx bench/api-latency.bench.ts`.
//   BENCH_API_POSTS   measured POSTs per phase (default 500)
//   BENCH_API_LOGS    `file,kafka` (default both; Kafka from KAFKA_BROKERS or the local broker)
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnLedgerServer, type SpawnedLedgerServer } from '@cleannet/ledger-api/harness';
import { createKafka, ensureKafka, uniqueTopic } from '@cleannet/testkit';

const TOKEN = 'bench-recorder-token-0123456789';
const POSTS = Number(process.env.BENCH_API_POSTS ?? 500);
const WARMUP = 50;
const CONCURRENCY = 16;
const logs = (process.env.BENCH_API_LOGS ?? 'file,kafka').split(',');
const run = Date.now().toString(36);

interface Phase {
  log: string;
  phase: string;
  post: number[];
  sse: number[];
  seconds: number;
  /** 1-minute load average when the phase started and when it ended: on a shared machine, read the figures with it. */
  load: [number, number];
}

function pledge(id: string) {
  return {
    id,
    type: 'PledgeMade',
    subject: `operator:${id}`,
    effectiveAt: '2021-03-01',
    effectivePrecision: 'day',
    schemaVersion: 1,
    source: { document: 'bench.txt', confidence: 'low' },
    data: { instrument: 'statement', programme: 'clean-network' },
  };
}

/** Follows the change stream and resolves each cause event id's delivery time. */
async function followChanges(url: string) {
  const delivered = new Map<string, number>();
  const abort = new AbortController();
  const state = (await (await fetch(`${url}/ops/state`)).json()) as { changes: number };
  const response = await fetch(`${url}/v1/changes/stream`, {
    headers: { 'last-event-id': String(state.changes) },
    signal: abort.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const now = performance.now();
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        if (data) delivered.set((JSON.parse(data) as { causeEventId: string }).causeEventId, now);
      }
    }
  })().catch(() => undefined);
  return {
    delivered,
    async close() {
      abort.abort();
      await reading;
    },
  };
}

async function post(url: string, body: unknown): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`POST answered ${response.status}`);
  return started;
}

async function measure(
  server: SpawnedLedgerServer,
  log: string,
  phase: string,
  concurrency: number,
): Promise<Phase> {
  const loadBefore = loadavg()[0]!;
  const stream = await followChanges(server.url);
  const sent = new Map<string, number>();
  const post201: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < POSTS) {
        const id = `bench-${run}-${log}-${phase}-${next++}`;
        const t0 = await post(server.url, pledge(id)).then((t) => {
          post201.push(performance.now() - t);
          return t;
        });
        sent.set(id, t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const deadline = Date.now() + 30_000;
  while (stream.delivered.size < sent.size && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stream.close();
  const sse = [...sent].map(([id, t0]) => (stream.delivered.get(id) ?? Number.NaN) - t0);
  if (sse.some(Number.isNaN)) throw new Error(`${log}/${phase}: some changes never reached SSE`);
  return { log, phase, post: post201, sse, seconds, load: [loadBefore, loadavg()[0]!] };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => value.toFixed(1);

async function benchLog(log: string): Promise<Phase[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'api-bench-'));
  const env: Record<string, string> = {
    LEDGER_DATA_DIR: dataDir,
    LEDGER_DASHBOARD_DIR: join(dataDir, 'no-dashboard'),
    LEDGER_TOKENS: `bench:${TOKEN}=recorder`,
    LEDGER_WRITE_RATE_LIMIT: '1000000',
    LOG_LEVEL: 'warn',
  };
  const topics: string[] = [];
  let brokers: string[] = [];
  if (log === 'kafka') {
    brokers = (await ensureKafka()).brokers;
    const ledgerTopic = uniqueTopic('api-bench.ledger');
    const changesTopic = uniqueTopic('api-bench.changes');
    topics.push(ledgerTopic, changesTopic);
    Object.assign(env, {
      KAFKA_BROKERS: brokers.join(','),
      LEDGER_KAFKA_TOPIC: ledgerTopic,
      LEDGER_CHANGES_TOPIC: changesTopic,
      LEDGER_KAFKA_TRANSACTIONAL_ID: `${ledgerTopic}.writer`,
    });
  }
  const server = await spawnLedgerServer(env, { readyTimeoutMs: 180_000 });
  try {
    for (let i = 0; i < WARMUP; i += 1)
      await post(server.url, pledge(`bench-${run}-${log}-warm-${i}`));
    return [
      await measure(server, log, 'sequential', 1),
      await measure(server, log, `${CONCURRENCY}-clients`, CONCURRENCY),
    ];
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
    if (topics.length > 0) {
      const admin = createKafka('api-bench', brokers).admin();
      await admin.connect();
      await admin.deleteTopics({ topics }).catch(() => undefined);
      await admin.disconnect();
    }
  }
}

const results: Phase[] = [];
for (const log of logs) results.push(...(await benchLog(log)));

console.log(`\nPOST /v1/events, ${POSTS} measured per phase (after ${WARMUP} warm-up), ms:`);
console.log(
  '| log | writers | POST->201 p50 | p99 | max | POST->SSE p50 | p99 | max | events/s | load |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.log} | ${r.phase} | ${ms(percentile(r.post, 50))} | ${ms(percentile(r.post, 99))} | ` +
      `${ms(Math.max(...r.post))} | ${ms(percentile(r.sse, 50))} | ${ms(percentile(r.sse, 99))} | ` +
      `${ms(Math.max(...r.sse))} | ${(POSTS / r.seconds).toFixed(0)} | ` +
      `${r.load.map((l) => l.toFixed(1)).join(' -> ')} |`,
  );
}
