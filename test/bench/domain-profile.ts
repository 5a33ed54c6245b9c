// Profiling driver for the domain index (not a benchmark): builds the index
// over a synthetic ledger, then runs latest-knowledge membership and exposure
// queries. Run under a profiler, e.g.
//   cd test && BENCH_EVENTS=200000 node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/domain-profile.ts
// or, for the queries alone, PROFILE=/tmp/queries.cpuprofile node --import tsx bench/domain-profile.ts
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createLedgerIndex } from '@cleannet/ledger-index';
import { seededRandom, syntheticLedger } from './domain-history.ts';
import { measure, percentile } from './domain-measure.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 50);
const SEED = Number(process.env.BENCH_SEED ?? 20201110);
const DAY_MS = 86_400_000;

const { events, reference } = syntheticLedger({
  events: EVENTS,
  countries: 250,
  operators: 5000,
  seed: SEED,
});
const random = seededRandom(SEED + 1);
const randomAsOf = (): string =>
  new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 9 * 365) * DAY_MS)
    .toISOString()
    .slice(0, 10);

const index = createLedgerIndex(reference);
const applied = measure(() => {
  for (const event of events) index.apply(event);
});
const fold = measure(() => index.membership({ asOf: '2026-12-31' }));
// PROFILE=file.cpuprofile profiles the query phase only.
const session = new Session();
if (process.env.PROFILE !== undefined) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const membership: number[] = [];
const exposure: number[] = [];
for (let done = 0; done < QUERIES; done += 1) {
  const asOf = randomAsOf();
  membership.push(measure(() => index.membership({ asOf })).cpuMs);
  exposure.push(measure(() => index.exposure({ asOf })).cpuMs);
}
if (process.env.PROFILE !== undefined) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.PROFILE, JSON.stringify(profile));
}
console.log(
  `apply ${applied.cpuMs.toFixed(0)} ms, fold ${fold.cpuMs.toFixed(0)} ms CPU; ` +
    `membership p50/p99 ${percentile(membership, 0.5).toFixed(2)}/${percentile(membership, 0.99).toFixed(2)} ms; ` +
    `exposure p50/p99 ${percentile(exposure, 0.5).toFixed(2)}/${percentile(exposure, 0.99).toFixed(2)} ms CPU`,
);
