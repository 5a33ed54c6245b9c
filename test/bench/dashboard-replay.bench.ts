// How long one replay step takes in the dashboard: from the slider's
// ArrowRight to the figures, map and charts showing the new month (the new
// answers fetched from the service and the frame that shows them painted). The service runs
// in its own process on the embedded log with the curated dataset; the browser is
// Debian's Chromium, headless. Budget from the issue: 50 ms per step.
// Needs a built dashboard and ledger-api. Run: `cd test && npx tsx bench/dashboard-replay.bench.ts`.
//   BENCH_REPLAY_STEPS   measured steps (default 48, from January 2019)
//   DASHBOARD_DIST       another build of the dashboard to measure (e.g. an older commit's)
import { openReplayPage, type StepTiming } from './dashboard-replay-page.ts';

const BUDGET_MS = 50;
const STEPS = Number(process.env.BENCH_REPLAY_STEPS ?? 48);
const WARMUP = 6;

const replay = await openReplayPage(process.env.DASHBOARD_DIST);
try {
  for (let i = 0; i < WARMUP; i += 1) await replay.step();
  const samples: StepTiming[] = [];
  for (let i = 0; i < STEPS; i += 1) samples.push(await replay.step());
  const quantiles = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    return { medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? NaN };
  };
  const render = quantiles(samples.map((sample) => sample.render));
  const renderToNextFrame = quantiles(samples.map((sample) => sample.renderToNextFrame));
  const total = quantiles(samples.map((sample) => sample.total));
  const row = (what: string, q: ReturnType<typeof quantiles>) => ({
    what,
    steps: samples.length,
    medianMs: q.medianMs.toFixed(1),
    p95Ms: q.p95Ms.toFixed(1),
    maxMs: q.maxMs.toFixed(1),
    budgetMs: BUDGET_MS,
  });
  // "render": from the last answer's arrival to the painted frame (see
  // dashboard-replay-page.ts); "render to next frame": the same to the start
  // of the following frame, as measured before (it adds vsync waiting);
  // "step": from the key press, the requests to the service included.
  console.table([
    row('render', render),
    row('render to next frame', renderToNextFrame),
    row('step (with fetch)', total),
  ]);
  if (render.medianMs > BUDGET_MS) {
    console.error('median replay re-render over budget');
    process.exitCode = 1;
  }
} finally {
  await replay.close();
}
