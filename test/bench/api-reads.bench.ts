// As-of membership reads over HTTP at 200 concurrent connections (autocannon),
// against the service on the embedded file log with the curated dataset
// imported, in its own process on a free port. Run: `cd test && npx tsx bench/api-reads.bench.ts`.
//   BENCH_API_SECONDS      duration of each phase (default 15)
//   BENCH_API_CONNECTIONS  concurrent connections (default 200)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnLedgerServer } from '@cleannet/ledger-api/harness';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 200);

/** Month ends from 2019 to 2024: the dates a dashboard scrubs through. */
const monthEnds = Array.from({ length: 72 }, (_, month) =>
  new Date(Date.UTC(2019, month + 1, 0)).toISOString().slice(0, 10),
);

interface Phase {
  readonly name: string;
  readonly paths: readonly string[];
}

const phases: Phase[] = [
  { name: 'one asOf (2021-01-31)', paths: ['/v1/membership?asOf=2021-01-31'] },
  {
    name: `${monthEnds.length} asOf month ends, rotating`,
    paths: monthEnds.map((d) => `/v1/membership?asOf=${d}`),
  },
  {
    name: 'asOf + knownAt, rotating',
    paths: monthEnds.map((d) => `/v1/membership?asOf=${d}&knownAt=2026-01-01T00:00:00Z`),
  },
];

const dataDir = await mkdtemp(join(tmpdir(), 'api-reads-bench-'));
const server = await spawnLedgerServer(
  {
    LEDGER_DATA_DIR: dataDir,
    LEDGER_DASHBOARD_DIR: join(dataDir, 'no-dashboard'),
    LOG_LEVEL: 'warn',
  },
  { readyTimeoutMs: 180_000 },
);
const rows: string[] = [];
try {
  for (const phase of phases) {
    // A short warm-up so the JIT, not the first requests, sets the figure.
    await autocannon({
      url: server.url,
      connections: 20,
      duration: 2,
      requests: phase.paths.map((path) => ({ path })),
    });
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: phase.paths.map((path) => ({ method: 'GET', path })),
    });
    if (result.non2xx > 0) throw new Error(`${phase.name}: ${result.non2xx} non-2xx answers`);
    rows.push(
      `| ${phase.name} | ${CONNECTIONS} | ${result.requests.average.toFixed(0)} | ` +
        `${result.latency.p50} | ${result.latency.p99} | ${result.requests.total} | ` +
        `${result.errors} (${result.timeouts} timeouts) |`,
    );
  }
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}

console.log(`\nGET /v1/membership over HTTP, ${SECONDS} s per phase (autocannon):`);
console.log('| reads | connections | req/s (mean) | latency p50 ms | p99 ms | requests | errors |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
