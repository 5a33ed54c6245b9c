// Change-stream clients that never read: the service's memory and its read
// latency with 1,000 of them connected to a ledger of 20,000 changes. The
// built service (`apps/ledger-api/dist/main.js`) runs in its own process on a
// free port and a temporary file log. Run: `cd test && npx tsx bench/sse-clients.bench.ts`.
//   BENCH_SSE_CLIENTS   clients that never read (default 1000)
//   BENCH_SSE_CHANGES   changes in the ledger (default 20000)
//   BENCH_SSE_READS     reads per latency row (default 200)
// Two phases, each with CLIENTS raw sockets that send the request and never
// read: first they ask for the whole backlog (no Last-Event-ID: the finding),
// then they follow live changes from the head and stay connected. Reads are
// sequential GET /v1/membership at dates not asked before. What the kernel
// holds in their sockets is outside the process, printed for information.
import type { Socket } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  changesOf,
  neverReadingClient,
  readChangeStream,
  recordPledges,
} from '../reliability/support/change-stream.js';
import { LedgerService, TOKENS } from '../reliability/support/ledger-service.js';
import { tempDir } from '../reliability/support/temp-dir.js';
import { metricValue } from '../soak/metrics.js';

const CLIENTS = Number(process.env.BENCH_SSE_CLIENTS ?? 1000);
const CHANGES = Number(process.env.BENCH_SSE_CHANGES ?? 20_000);
const READS = Number(process.env.BENCH_SSE_READS ?? 200);
const ADDRESSES = 50;
const MiB = 1024 * 1024;

/** Progress on stderr: on a busy machine a run takes minutes. */
const step = (what: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${what}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sequential reads of membership at distinct dates (so the read cache answers none twice). */
async function readLatencies(url: string, firstDay: number): Promise<number[]> {
  const times: number[] = [];
  for (let n = 0; n < READS; n += 1) {
    const day = new Date(Date.UTC(2019, 0, 1 + firstDay + n)).toISOString().slice(0, 10);
    const started = performance.now();
    const response = await fetch(`${url}/v1/membership?asOf=${day}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`read answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function openStreams(url: string): Promise<number> {
  return metricValue(await (await fetch(`${url}/metrics`)).text(), 'ledger_sse_clients');
}

/** Kernel memory of all TCP sockets on the host (pages of 4 KiB), for information. */
function tcpKernelBytes(): number {
  const mem = /^TCP:.* mem (\d+)/m.exec(readFileSync('/proc/net/sockstat', 'utf8'))?.[1];
  return Number(mem) * 4096;
}

/** RSS once it stops moving (GC and the last page writes settle). */
async function settledRss(service: LedgerService): Promise<number> {
  let previous = service.rssBytes();
  for (let n = 0; n < 20; n += 1) {
    await sleep(500);
    const now = service.rssBytes();
    if (Math.abs(now - previous) < 2 * MiB) return now;
    previous = now;
  }
  return previous;
}

const dir = tempDir('sse-bench');
type Row = [name: string, target: string, measured: string, ok: boolean | null];
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

/** Streams the service has answered so far (each is counted when its response ends or is handed over). */
async function streamsAnswered(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const pattern =
    /^ledger_http_request_duration_seconds_count\{[^}]*route="\/v1\/changes\/stream"[^}]*\} (\d+)/gm;
  return [...metrics.matchAll(pattern)].reduce((sum, match) => sum + Number(match[1]), 0);
}

function phaseRows(
  phase: string,
  rssRise: number,
  after: readonly number[],
  during: readonly number[],
  connectMs: number,
): Row[] {
  const p99 = quantile(after, 0.99);
  return [
    [
      `${phase}: RSS rise, ${CLIENTS} clients that never read`,
      '<= 200 MiB',
      mib(rssRise),
      rssRise <= 200 * MiB,
    ],
    [`  RSS rise per client`, '', `${(rssRise / 1024 / CLIENTS).toFixed(1)} KiB`, null],
    [`  read p99 with them connected`, '< 50 ms', ms(p99), p99 < 50],
    [`  read p50 with them connected`, '', ms(quantile(after, 0.5)), null],
    [`  read p99 while they connect (one burst)`, '', ms(quantile(during, 0.99)), null],
    [`  time until all were answered`, '', `${(connectMs / 1000).toFixed(1)} s`, null],
  ];
}
const service = await LedgerService.start({
  env: {
    LEDGER_DATA_DIR: dir.path,
    LEDGER_TOKENS: TOKENS,
    LEDGER_IMPORT_DATASET: 'false',
    // They are to stay connected while measured; the stall timeout is tested in
    // test/reliability/stream-clients-that-never-read.test.ts.
    LEDGER_SSE_STALL_TIMEOUT_MS: '600000',
  },
});
const sockets: Socket[] = [];

/** From 50 loopback addresses, 20 each: the default cap per client address. */
async function connectClients(lastEventId?: string): Promise<void> {
  for (let n = 0; n < CLIENTS; n += 1) {
    const localAddress = `127.0.0.${2 + (n % ADDRESSES)}`;
    sockets.push(
      await neverReadingClient(service.port, {
        localAddress,
        ...(lastEventId ? { lastEventId } : {}),
      }),
    );
  }
}
try {
  step(`recording ${CHANGES} pledges`);
  await recordPledges(service.url, CHANGES, { prefix: 'bench' });
  step('reading the whole stream once');
  // One full read: the text of each change, shared by every stream, is made here.
  const all = await readChangeStream(service.url, {
    until: (messages) => changesOf(messages).length >= CHANGES,
    timeoutMs: 120_000,
  });
  if (changesOf(all).length !== CHANGES) throw new Error('the warm-up read fell short');
  await readLatencies(service.url, 2_000);

  step('measuring with no clients');
  const rssBefore = await settledRss(service);
  const kernelBefore = tcpKernelBytes();
  const idle = await readLatencies(service.url, 0);
  const rows: Row[] = [
    [
      'read p50 / p99, no clients',
      '',
      `${ms(quantile(idle, 0.5))} / ${ms(quantile(idle, 0.99))}`,
      null,
    ],
  ];

  // Phase 1, the finding: each asks for the whole backlog and reads nothing.
  step(`${CLIENTS} clients that never read ask for the whole backlog`);
  const answeredBefore = await streamsAnswered(service.url);
  let connecting = performance.now();
  let reading = readLatencies(service.url, READS);
  await connectClients();
  while ((await streamsAnswered(service.url)) < answeredBefore + CLIENTS) await sleep(200);
  const backlogMs = performance.now() - connecting;
  const duringBacklog = await reading;
  step('measuring');
  const rssBacklog = await settledRss(service);
  const kernelBacklog = tcpKernelBytes();
  const afterBacklog = await readLatencies(service.url, 2 * READS);
  rows.push(
    ...phaseRows('backlog', rssBacklog - rssBefore, afterBacklog, duringBacklog, backlogMs),
    [
      '  streams still open (each ended after its part)',
      '',
      `${await openStreams(service.url)}`,
      null,
    ],
    [
      '  kernel TCP memory rise (host, outside the process)',
      '',
      `${mib(kernelBacklog - kernelBefore)}`,
      null,
    ],
  );
  for (const socket of sockets.splice(0)) socket.destroy();
  while ((await openStreams(service.url)) > 0) await sleep(200);

  // Phase 2: each follows live changes from the head, stays connected, reads nothing.
  step(`${CLIENTS} clients that never read follow live changes`);
  const { lastChangeId } = (await (await fetch(`${service.url}/ops/state`)).json()) as {
    lastChangeId: string;
  };
  const rssIdle = await settledRss(service);
  connecting = performance.now();
  reading = readLatencies(service.url, 3 * READS);
  await connectClients(lastChangeId);
  while ((await openStreams(service.url)) < CLIENTS) await sleep(200);
  const liveMs = performance.now() - connecting;
  const duringLive = await reading;
  step('measuring');
  const rssLive = await settledRss(service);
  const afterLive = await readLatencies(service.url, 4 * READS);
  const open = await openStreams(service.url);
  rows.push(...phaseRows('live', rssLive - rssIdle, afterLive, duringLive, liveMs), [
    '  streams open',
    `${CLIENTS}`,
    `${open}`,
    open === CLIENTS,
  ]);

  console.log(
    `\nmachine: ${cpus()[0]?.model ?? 'unknown cpu'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `ledger: ${CHANGES} changes; ${READS} sequential GET /v1/membership per latency row\n`,
  );
  console.log('| measure | target | measured | |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, target, measured, ok] of rows) {
    console.log(
      `| ${name} | ${target} | ${measured} | ${ok === null ? '' : ok ? 'ok' : 'MISSED'} |`,
    );
  }
  process.exitCode = rows.every(([, , , ok]) => ok !== false) ? 0 : 1;
} finally {
  for (const socket of sockets) socket.destroy();
  await service.stop();
  dir.remove();
}
