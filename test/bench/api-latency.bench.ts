// POST -> 201 latency and POST -> SSE delivery latency of the ledger service,
// on the embedded file log and on Kafka. Each log gets its own server process
// (the built `apps/ledger-api/dist/main.js`) on a free port: a temporary data
// directory, or unique Kafka topics. Run: `cd test && npx tsx bench/api-latency.bench.ts`.
//   BENCH_API_POSTS   measured POSTs per phase (default 500)
//   BENCH_API_COLD_POSTS  POSTs of the first phase, right after the service starts (default 500)
//   BENCH_API_LOGS    `file,kafka` (default both; Kafka from KAFKA_BROKERS or the local broker)
//   BENCH_API_TRACE=1 on Kafka, also split the slowest POSTs into phases: the service's writer
//                     notes each transaction's phases (LEDGER_KAFKA_TRACE, packages/event-log
//                     src/kafka/commit-trace.ts), joined here with the client's times;
//                     BENCH_API_TRACE_ROWS=<prefix> also writes every joined row to <prefix>.<phase>.json
//   BENCH_API_SERVER_ENV  names of more variables to pass to the server (e.g. NODE_OPTIONS)
//   BENCH_API_SERVER_NODE_ARGS  node options for the server, space-separated (e.g.
//                     `--cpu-prof --cpu-prof-dir=/tmp/prof --trace-gc`; its output is printed at the end)
import { writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnLedgerServer, type SpawnedLedgerServer } from '@cleannet/ledger-api/harness';
import { createKafka, ensureKafka, uniqueTopic } from '@cleannet/testkit';
import { createLightClient } from '../http/light-client.js';

const TOKEN = 'bench-recorder-token-0123456789';
const POSTS = Number(process.env.BENCH_API_POSTS ?? 500);
// A fresh service (and a broker that just started) runs its hot paths unoptimised for the first
// few hundred POSTs: p99 over the first 500 was about 1.5 times the later ones'. These are
// measured and shown as their own row, and the targets are read on the rows after them.
const COLD_POSTS = Number(process.env.BENCH_API_COLD_POSTS ?? 500);
const CONCURRENCY = 16;
const logs = (process.env.BENCH_API_LOGS ?? 'file,kafka').split(',');
const run = Date.now().toString(36);
const tracing = process.env.BENCH_API_TRACE === '1';

interface Phase {
  log: string;
  phase: string;
  post: number[];
  sse: number[];
  seconds: number;
  posts: number;
  /** 1-minute load average when the phase started and when it ended: on a shared machine, read the figures with it. */
  load: [number, number];
  /** The service process's CPU time (all threads, user + system) per POST, ms: steadier than latency on a busy machine. */
  cpuPerPost: number;
  /** Per event id: when the POST was sent and when its 201 arrived (epoch ms). */
  timings: Map<string, { sent: number; answered: number }>;
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
  const state = (await (await fetch(`${url}/ops/state`)).json()) as {
    lastChangeId: string | null;
  };
  const response = await fetch(`${url}/v1/changes/stream`, {
    headers: { 'last-event-id': state.lastChangeId ?? '' },
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

/** User + system CPU time so far of a process or thread, from its stat file, ms (Linux /proc; NaN elsewhere). */
async function cpuMs(stat: string): Promise<number> {
  try {
    const fields = (await readFile(stat, 'utf8')).split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** CPU time so far of a process's main thread, and of its other threads by name (Node's are mostly `node`). */
async function threadCpuMs(pid: number): Promise<Map<string, number>> {
  const byName = new Map<string, number>();
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  for (const tid of tasks) {
    const comm = (await readFile(`/proc/${pid}/task/${tid}/comm`, 'utf8').catch(() => '?')).trim();
    const name = tid === String(pid) ? 'main' : `other ${comm}`;
    const ms = await cpuMs(`/proc/${pid}/task/${tid}/stat`);
    if (!Number.isNaN(ms)) byName.set(name, (byName.get(name) ?? 0) + ms);
  }
  return byName;
}

type Client = ReturnType<typeof createLightClient>;

/** Sends one event; resolves with when it was sent (performance.now()). */
async function post(client: Client, body: unknown): Promise<number> {
  const started = performance.now();
  const answer = await client.postJson('/v1/events', body, TOKEN, 30_000);
  if (answer.status !== 201) throw new Error(`POST answered ${answer.status}: ${answer.body}`);
  return started;
}

async function measure(
  server: SpawnedLedgerServer,
  client: Client,
  log: string,
  phase: string,
  concurrency: number,
  posts: number,
): Promise<Phase> {
  const loadBefore = loadavg()[0]!;
  const stream = await followChanges(server.url);
  const sent = new Map<string, number>();
  const post201: number[] = [];
  const timings = new Map<string, { sent: number; answered: number }>();
  let next = 0;
  const cpuBefore = await cpuMs(`/proc/${server.pid}/stat`);
  const threadsBefore = await threadCpuMs(server.pid);
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < posts) {
        const id = `bench-${run}-${log}-${phase}-${next++}`;
        const t0 = await post(client, pledge(id)).then((t) => {
          const answered = performance.now();
          post201.push(answered - t);
          const origin = performance.timeOrigin;
          timings.set(id, { sent: origin + t, answered: origin + answered });
          return t;
        });
        sent.set(id, t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuPerPost = ((await cpuMs(`/proc/${server.pid}/stat`)) - cpuBefore) / posts;
  const threads = [...(await threadCpuMs(server.pid))]
    .map(([name, ms]) => [name, (ms - (threadsBefore.get(name) ?? 0)) / posts] as const)
    .filter(([, perPost]) => perPost > 0)
    .map(([name, perPost]) => `${name} ${perPost.toFixed(2)}`);
  const clientCpu = process.cpuUsage(clientBefore);
  const clientPerPost = (clientCpu.user + clientCpu.system) / 1000 / posts;
  console.log(
    `${log}/${phase}: service CPU ms per POST by thread: ${threads.join(', ')}; this client ${clientPerPost.toFixed(2)}`,
  );
  const deadline = Date.now() + 30_000;
  while (stream.delivered.size < sent.size && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stream.close();
  const sse = [...sent].map(([id, t0]) => (stream.delivered.get(id) ?? Number.NaN) - t0);
  if (sse.some(Number.isNaN)) throw new Error(`${log}/${phase}: some changes never reached SSE`);
  return {
    log,
    phase,
    post: post201,
    sse,
    seconds,
    posts,
    cpuPerPost,
    load: [loadBefore, loadavg()[0]!],
    timings,
  };
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
    if (tracing) env.LEDGER_KAFKA_TRACE = join(dataDir, 'kafka-trace.jsonl');
  }
  // For experiments: settings passed on to the server, e.g. BENCH_API_SERVER_ENV=NODE_OPTIONS.
  for (const name of (process.env.BENCH_API_SERVER_ENV ?? '').split(',')) {
    const value = name ? process.env[name] : undefined;
    if (value !== undefined) env[name] = value;
  }
  const nodeArgs = (process.env.BENCH_API_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = await spawnLedgerServer(env, { readyTimeoutMs: 180_000, nodeArgs });
  const client = createLightClient(server.url, CONCURRENCY);
  let phases: Phase[] = [];
  try {
    phases = [
      await measure(server, client, log, 'sequential-cold', 1, COLD_POSTS),
      await measure(server, client, log, 'sequential', 1, POSTS),
      await measure(server, client, log, `${CONCURRENCY}-clients`, CONCURRENCY, POSTS),
    ];
    return phases;
  } finally {
    client.close();
    await server.stop();
    if (nodeArgs.some((arg) => arg.startsWith('--trace-gc'))) {
      writeFileSync(join(tmpdir(), `api-bench-${run}-${log}.server.log`), server.output());
      console.log(`server output: ${join(tmpdir(), `api-bench-${run}-${log}.server.log`)}`);
    }
    if (env.LEDGER_KAFKA_TRACE) {
      const trace = await readFile(env.LEDGER_KAFKA_TRACE, 'utf8').catch(() => '');
      for (const phase of phases) printTrace(phase, trace);
    }
    await rm(dataDir, { recursive: true, force: true });
    if (topics.length > 0) {
      const admin = createKafka('api-bench', brokers).admin();
      await admin.connect();
      await admin.deleteTopics({ topics }).catch(() => undefined);
      await admin.disconnect();
    }
  }
}

interface TracedTransaction {
  ids: string[];
  start: number;
  sent?: number;
  committed?: number;
  requests: [string, number][];
}

/** Splits each POST of a phase into: before the writer, the transaction's steps, after it. */
function printTrace(phase: Phase, text: string): void {
  const byId = new Map<string, TracedTransaction>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const transaction = JSON.parse(line) as TracedTransaction;
    for (const id of transaction.ids) byId.set(id, transaction);
  }
  const rows = [...phase.timings]
    .map(([id, t]) => {
      const tx = byId.get(id);
      if (tx?.sent === undefined || tx.committed === undefined) return undefined;
      const { start, sent, committed: end } = tx;
      const count = (api: string) => tx.requests.filter(([name]) => name === api).length;
      const took = (api: string) =>
        tx.requests.filter(([name]) => name === api).reduce((sum, [, d]) => sum + d, 0);
      return {
        sentAt: t.sent,
        total: t.answered - t.sent,
        before: start - t.sent,
        send: sent - start,
        commit: end - sent,
        after: t.answered - end,
        adds: count('AddPartitionsToTxn'),
        addMs: took('AddPartitionsToTxn'),
        produceMs: took('Produce'),
        endMs: took('EndTxn'),
        others: tx.requests.filter(
          ([name]) => !['AddPartitionsToTxn', 'Produce', 'EndTxn'].includes(name),
        ).length,
        events: tx.ids.length,
      };
    })
    .filter((row) => row !== undefined);
  if (rows.length === 0) return;
  const rowsFile = process.env.BENCH_API_TRACE_ROWS;
  if (rowsFile) writeFileSync(`${rowsFile}.${phase.phase}.json`, JSON.stringify(rows));
  rows.sort((a, b) => a.total - b.total);
  const slowest = rows.slice(Math.floor(rows.length * 0.98));
  const mean = (list: typeof rows, key: keyof (typeof rows)[number]) =>
    (list.reduce((sum, row) => sum + row[key], 0) / list.length).toFixed(1);
  const keys = [
    'total',
    'before',
    'send',
    'commit',
    'after',
    'adds',
    'addMs',
    'produceMs',
    'endMs',
    'others',
    'events',
  ] as const;
  console.log(`\n${phase.log}/${phase.phase}: ${rows.length} POSTs traced; means, ms:`);
  console.log(`| POSTs | ${keys.join(' | ')} |`);
  console.log(`| --- | ${keys.map(() => '---').join(' | ')} |`);
  for (const [name, list] of [
    ['all', rows],
    ['p50-p90', rows.slice(Math.floor(rows.length * 0.5), Math.floor(rows.length * 0.9))],
    ['slowest 2 %', slowest],
  ] as const) {
    console.log(`| ${name} | ${keys.map((key) => mean(list, key)).join(' | ')} |`);
  }
  console.log('slowest 2 %, one by one:');
  for (const row of slowest) {
    console.log(`  ${keys.map((key) => `${key} ${row[key].toFixed(1)}`).join(', ')}`);
  }
}

const results: Phase[] = [];
for (const log of logs) results.push(...(await benchLog(log)));

console.log(
  `\nPOST /v1/events, ms; the first ${COLD_POSTS} after the service starts, then ${POSTS} per phase:`,
);
console.log(
  '| log | writers | POST->201 p50 | p99 | max | POST->SSE p50 | p99 | max | events/s | service CPU ms/POST | load |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.log} | ${r.phase} | ${ms(percentile(r.post, 50))} | ${ms(percentile(r.post, 99))} | ` +
      `${ms(Math.max(...r.post))} | ${ms(percentile(r.sse, 50))} | ${ms(percentile(r.sse, 99))} | ` +
      `${ms(Math.max(...r.sse))} | ${(r.posts / r.seconds).toFixed(0)} | ${r.cpuPerPost.toFixed(2)} | ` +
      `${r.load.map((l) => l.toFixed(1)).join(' -> ')} |`,
  );
}
