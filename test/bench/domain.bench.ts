// Domain benchmark: builds the interval index over a synthetic ledger of
// 1,000,000 events (250 countries, 5,000 operators), times as-of membership
// and exposure queries for the latest and an older knownAt, compares with a
// naive full replay, and runs the same append-and-fold workload on Emmett's
// in-memory event store as a peer.
//
//   cd test && npx tsx bench/domain.bench.ts
//   BENCH_EVENTS=200000 BENCH_QUERIES=100 npx tsx bench/domain.bench.ts
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { getInMemoryEventStore } from '@event-driven-io/emmett';
import { replayActors, replayExposure, replayMembership, type LedgerEvent } from '@cleannet/domain';
import { createLedgerIndex } from '@cleannet/ledger-index';
import { RECORDING_START_MS, seededRandom, syntheticLedger } from './domain-history.ts';
import {
  measure,
  measureAsync,
  ms,
  percentile,
  printTable,
  rate,
  waitUntilIdle,
  type Row,
} from './domain-measure.ts';

// A million events and their index need more than the default heap: rerun with a bigger one,
// and a larger young generation, since nearly everything the index allocates is kept.
const HEAP_MB = 6144;
if (
  getHeapStatistics().heap_size_limit < (HEAP_MB - 512) * 1024 * 1024 &&
  process.env.BENCH_CHILD === undefined
) {
  const run = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      '--max-semi-space-size=64',
      // To measure queries once more after one full collection (see `settled` below).
      '--expose-gc',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
    ],
    { stdio: 'inherit', env: { ...process.env, BENCH_CHILD: '1' } },
  );
  process.exit(run.status ?? 1);
}

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
// A random older knownAt refolds most actors from where that knowledge diverges: fewer of those.
const OLDER_QUERIES = Number(process.env.BENCH_OLDER_QUERIES ?? 20);
const NAIVE_RUNS = Number(process.env.BENCH_NAIVE_RUNS ?? 3);
const SEED = Number(process.env.BENCH_SEED ?? 20201110);
const DAY_MS = 86_400_000;

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown cpu'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);
console.log(
  `history: ${EVENTS.toLocaleString('en-US')} events, 250 countries, 5,000 operators, seed ${SEED}`,
);

const generated = measure(() =>
  syntheticLedger({ events: EVENTS, countries: 250, operators: 5000, seed: SEED }),
);
const { events, reference } = generated.result;
console.log(`generated in ${(generated.wallMs / 1000).toFixed(1)} s (not timed below)`);

const random = seededRandom(SEED + 1);
const randomAsOf = (): string =>
  new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 9 * 365) * DAY_MS)
    .toISOString()
    .slice(0, 10);
const lastRecordedMs = Date.parse((events[events.length - 1] as LedgerEvent).recordedAt);
const randomOlderKnownAt = (): string =>
  new Date(
    RECORDING_START_MS + Math.floor(random() * (lastRecordedMs - RECORDING_START_MS)),
  ).toISOString();

// Build: apply every event, then the first query folds every actor's timeline.
const index = createLedgerIndex(reference);
const applied = measure(() => {
  for (const event of events) index.apply(event);
});
const firstQuery = measure(() => index.membership({ asOf: '2026-12-31' }));
const buildWall = applied.wallMs + firstQuery.wallMs;
const buildCpu = applied.cpuMs + firstQuery.cpuMs;

type Query = { asOf: string; knownAt?: string };
function timeQueries(
  run: (query: Query) => unknown,
  makeQuery: () => Query,
  count = QUERIES,
): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let done = 0; done < count; done += 1) {
    const query = makeQuery();
    const sample = measure(() => run(query));
    wall.push(sample.wallMs);
    cpu.push(sample.cpuMs);
  }
  return { wall, cpu };
}

const latest = () => ({ asOf: randomAsOf() });
const older = () => ({ asOf: randomAsOf(), knownAt: randomOlderKnownAt() });
const membershipLatest = timeQueries((query) => index.membership(query), latest);
const exposureLatest = timeQueries((query) => index.exposure(query), latest);
const membershipOlder = timeQueries((query) => index.membership(query), older, OLDER_QUERIES);
const exposureOlder = timeQueries((query) => index.exposure(query), older, OLDER_QUERIES);
// An analyst pins knownAt and scrubs asOf: the older view is refolded once per actor, then reused.
const pinnedKnownAt = randomOlderKnownAt();
const membershipPinned = timeQueries(
  (query) => index.membership(query),
  () => ({ asOf: randomAsOf(), knownAt: pinnedKnownAt }),
);

// Right after the build, V8 is still marking and compacting the multi-GiB heap the build left, on
// the same 2 cores, and its pauses land on whichever query runs. A service reaches a steady state
// after its start-up build: measure the same queries again after one full collection, once its
// helper threads have finished sweeping, as separate rows (the rows above stay the
// right-after-build figures).
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
const settledAfterMs = collect ? await waitUntilIdle() : 0;
const settled = collect
  ? {
      membership: timeQueries((query) => index.membership(query), latest),
      exposure: timeQueries((query) => index.exposure(query), latest),
    }
  : undefined;

// The naive replay answers the same questions by folding the whole log each time.
const naiveQueries = Array.from({ length: NAIVE_RUNS }, latest);
const naive = naiveQueries.map((query) =>
  measure(() => replayMembership(events, reference, query)),
);
const naiveExposure = measure(() => replayExposure(events, reference, naiveQueries[0] as Query));
for (const [position, query] of naiveQueries.entries()) {
  const same = JSON.stringify(index.membership(query)) === JSON.stringify(naive[position]?.result);
  if (!same) throw new Error(`index and replay disagree at ${JSON.stringify(query)}`);
}
if (
  JSON.stringify(index.exposure(naiveQueries[0] as Query)) !== JSON.stringify(naiveExposure.result)
) {
  throw new Error('index and replay disagree on exposure');
}
const naiveMedianWall = percentile(
  naive.map((sample) => sample.wallMs),
  0.5,
);
const naiveMedianCpu = percentile(
  naive.map((sample) => sample.cpuMs),
  0.5,
);

// Emmett peer: the same events appended to per-actor streams, then every stream folded.
const store = getInMemoryEventStore();
const emmettAppend = await measureAsync(async () => {
  for (const event of events) {
    await store.appendToStream(`actor-${event.subject}`, [
      { type: event.type, data: event as never },
    ]);
  }
});
const actorIds = [...new Set(events.map((event) => event.subject))];
const emmettFold = await measureAsync(async () => {
  let folded = 0;
  for (const actorId of actorIds) {
    const { state } = await store.aggregateStream<
      LedgerEvent[],
      { type: string; data: Record<string, unknown> }
    >(`actor-${actorId}`, {
      initialState: () => [],
      evolve: (state: LedgerEvent[], event: { data: unknown }) => (
        state.push(event.data as LedgerEvent),
        state
      ),
    });
    // The same fold the index does per actor: corrections applied, facts in timeline order.
    folded += replayActors(state, { asOf: '2026-12-31' }).size;
  }
  return folded;
});
const emmettWall = emmettAppend.wallMs + emmettFold.wallMs;
const emmettCpu = emmettAppend.cpuMs + emmettFold.cpuMs;

const p = (values: number[], fraction: number) => ms(percentile(values, fraction));
const rows: Row[] = [
  {
    what: 'build index (apply + fold), wall',
    value: rate(EVENTS, buildWall),
    target: '>= 200,000 events/s',
  },
  { what: 'build index (apply + fold), CPU', value: rate(EVENTS, buildCpu) },
  { what: '  of which apply, wall', value: ms(applied.wallMs) },
  { what: '  of which first fold, wall', value: ms(firstQuery.wallMs) },
  {
    what: 'membership, latest knownAt, p50 / p99 wall',
    value: `${p(membershipLatest.wall, 0.5)} / ${p(membershipLatest.wall, 0.99)}`,
    target: 'p99 <= 5 ms',
  },
  {
    what: 'membership, latest knownAt, p50 / p99 CPU',
    value: `${p(membershipLatest.cpu, 0.5)} / ${p(membershipLatest.cpu, 0.99)}`,
  },
  {
    what: 'exposure, latest knownAt, p50 / p99 wall',
    value: `${p(exposureLatest.wall, 0.5)} / ${p(exposureLatest.wall, 0.99)}`,
    target: 'p99 <= 5 ms',
  },
  {
    what: 'exposure, latest knownAt, p50 / p99 CPU',
    value: `${p(exposureLatest.cpu, 0.5)} / ${p(exposureLatest.cpu, 0.99)}`,
  },
  ...(settled
    ? [
        {
          what: 'membership, latest, heap settled, p50 / p99 wall',
          value: `${p(settled.membership.wall, 0.5)} / ${p(settled.membership.wall, 0.99)}`,
          target: 'p99 <= 5 ms',
        },
        {
          what: 'exposure, latest, heap settled, p50 / p99 wall',
          value: `${p(settled.exposure.wall, 0.5)} / ${p(settled.exposure.wall, 0.99)}`,
          target: 'p99 <= 5 ms',
        },
      ]
    : []),
  {
    what: 'membership, random older knownAt, p50 / p99 wall',
    value: `${p(membershipOlder.wall, 0.5)} / ${p(membershipOlder.wall, 0.99)}`,
  },
  {
    what: 'exposure, random older knownAt, p50 / p99 wall',
    value: `${p(exposureOlder.wall, 0.5)} / ${p(exposureOlder.wall, 0.99)}`,
  },
  {
    what: 'membership, one pinned older knownAt, p50 / p99 wall',
    value: `${p(membershipPinned.wall, 0.5)} / ${p(membershipPinned.wall, 0.99)}`,
  },
  { what: 'naive replay membership, median wall', value: ms(naiveMedianWall) },
  { what: 'naive replay exposure, wall', value: ms(naiveExposure.wallMs) },
  {
    what: 'speed-up over naive replay (membership p50, wall / CPU)',
    value: `${(naiveMedianWall / percentile(membershipLatest.wall, 0.5)).toFixed(0)}x / ${(naiveMedianCpu / percentile(membershipLatest.cpu, 0.5)).toFixed(0)}x`,
    target: '>= 10x',
  },
  { what: 'Emmett in-memory: append, wall', value: rate(EVENTS, emmettAppend.wallMs) },
  { what: 'Emmett in-memory: append + fold every stream, wall', value: rate(EVENTS, emmettWall) },
  { what: 'Emmett in-memory: append + fold every stream, CPU', value: rate(EVENTS, emmettCpu) },
];
console.log(
  `queries: ${QUERIES} per row (${OLDER_QUERIES} for a random older knownAt), random asOf 2018-2026; naive replay: ${NAIVE_RUNS} runs, checked equal to the index`,
);
if (settled)
  console.log(
    `heap settled: a full collection, then ${Math.round(settledAfterMs)} ms until the process was idle`,
  );
printTable(rows);
console.log(
  `load average at the end: ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}; heap used ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`,
);
