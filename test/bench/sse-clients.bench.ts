// Change-stream clients that never read: the service's memory and its read
// latency with 1,000 of them connected to a ledger of 20,000 changes. The
// built service (`apps/ledger-api/dist/main.js`) runs in its own process on a
// free port and a temporary file log. Run: `cd test && npx tsx bench/sse-clients.bench.ts`.
//   BENCH_SSE_CLIENTS   clients that never read (default 1000)
//   BENCH_SSE_CHANGES   changes in the ledger (default 20000)
//   BENCH_SSE_READS     reads per latency phase (default 400)
// Every client asks for the whole backlog (no Last-Event-ID) and then reads
// nothing. They connect from 50 loopback addresses, 20 each: the default cap
// per client address. What the kernel holds in their sockets is outside the
// process and printed for information (/proc/net/sockstat).
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

const CLIENTS = Number(process.env.BENCH_SSE_CLIENTS ?? 1000);
const CHANGES = Number(process.env.BENCH_SSE_CHANGES ?? 20_000);
const READS = Number(process.env.BENCH_SSE_READS ?? 400);
const ADDRESSES = 50;
const MiB = 1024 * 1024;

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
  const metrics = await (await fetch(`${url}/metrics`)).text();
  return Number(/^ledger_sse_clients (\d+)/m.exec(metrics)?.[1]);
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
try {
  await recordPledges(service.url, CHANGES, { prefix: 'bench' });
  // One full read: the text of each change, shared by every stream, is made here.
  const all = await readChangeStream(service.url, {
    until: (messages) => changesOf(messages).length >= CHANGES,
    timeoutMs: 120_000,
  });
  if (changesOf(all).length !== CHANGES) throw new Error('the warm-up read fell short');
  await readLatencies(service.url, 2_000);

  const rssBefore = await settledRss(service);
  const kernelBefore = tcpKernelBytes();
  const idle = await readLatencies(service.url, 0);

  const connecting = performance.now();
  const reading = readLatencies(service.url, READS);
  for (let n = 0; n < CLIENTS; n += 1) {
    sockets.push(
      await neverReadingClient(service.port, { localAddress: `127.0.0.${2 + (n % ADDRESSES)}` }),
    );
  }
  while ((await openStreams(service.url)) < CLIENTS) await sleep(100);
  const connectedMs = performance.now() - connecting;
  const duringConnect = await reading;

  const rssAfter = await settledRss(service);
  const settled = await readLatencies(service.url, 2 * READS);
  const kernelAfter = tcpKernelBytes();
  const open = await openStreams(service.url);

  const rssRise = (rssAfter - rssBefore) / MiB;
  const rows: Array<[string, string, string, boolean | null]> = [
    [
      `RSS rise, ${CLIENTS} clients that never read`,
      '<= 200 MiB',
      `${rssRise.toFixed(1)} MiB`,
      rssRise <= 200,
    ],
    ['RSS rise per client', '', `${((rssRise * 1024) / CLIENTS).toFixed(1)} KiB`, null],
    [
      'RSS before / after',
      '',
      `${(rssBefore / MiB).toFixed(0)} / ${(rssAfter / MiB).toFixed(0)} MiB`,
      null,
    ],
    ['streams open after connecting', `${CLIENTS}`, `${open}`, open === CLIENTS],
    [
      'read p99, clients connected',
      '< 50 ms',
      `${quantile(settled, 0.99).toFixed(1)} ms`,
      quantile(settled, 0.99) < 50,
    ],
    [
      'read p99, while they connect',
      '< 50 ms',
      `${quantile(duringConnect, 0.99).toFixed(1)} ms`,
      quantile(duringConnect, 0.99) < 50,
    ],
    [
      'read p50 idle / connected',
      '',
      `${quantile(idle, 0.5).toFixed(1)} / ${quantile(settled, 0.5).toFixed(1)} ms`,
      null,
    ],
    ['read p99 idle (no clients)', '', `${quantile(idle, 0.99).toFixed(1)} ms`, null],
    ['time to connect all', '', `${(connectedMs / 1000).toFixed(1)} s`, null],
    [
      'kernel TCP memory rise (host, outside the process)',
      '',
      `${((kernelAfter - kernelBefore) / MiB).toFixed(0)} MiB`,
      null,
    ],
  ];
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
