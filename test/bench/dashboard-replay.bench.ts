// How long one replay step takes in the dashboard: from the slider's
// ArrowRight to the figures, map and charts showing the new month (the new
// answers fetched from the service and one frame painted). The service runs
// in its own process on the embedded log with the curated dataset; the browser is
// Debian's Chromium, headless. Budget from the issue: 50 ms per step.
// Needs a built dashboard and ledger-api. Run: `cd test && npx tsx bench/dashboard-replay.bench.ts`.
//   BENCH_REPLAY_STEPS   measured steps (default 48, from January 2019)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnLedgerServer } from '@cleannet/ledger-api/harness';
import { launchChromium } from '../browser/chromium.ts';

const BUDGET_MS = 50;
const STEPS = Number(process.env.BENCH_REPLAY_STEPS ?? 48);
const WARMUP = 6;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'dashboard', 'dist');

const dataDir = await mkdtemp(join(tmpdir(), 'dashboard-replay-bench-'));
// The built service in its own process, as `npm start` runs it.
const app = await spawnLedgerServer(
  { LEDGER_DATA_DIR: dataDir, LEDGER_DASHBOARD_DIR: dist, LOG_LEVEL: 'warn' },
  { readyTimeoutMs: 180_000 },
);
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.goto(`${app.url}/?date=2018-07-01`);
  await page.locator('section[data-as-of="2018-07-01"]').waitFor({ timeout: 60_000 });
  await page.locator('.map canvas').waitFor();
  await page.getByText('Loading the map…').waitFor({ state: 'detached', timeout: 60_000 });

  // Timed inside the page, so the browser driver's own latency is not counted.
  // Kept as source text: tsx would wrap a function literal in helpers that do
  // not exist in the page.
  const stepInPage = `(async () => {
    const slider = document.querySelector('input[type=range]');
    if (!slider) throw new Error('no slider');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    performance.clearResourceTimings();
    const started = performance.now();
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const date = new URLSearchParams(location.search).get('date');
    while (document.querySelector('section[data-as-of]')?.getAttribute('data-as-of') !== date) {
      await frame();
    }
    await frame(); // the frame in which the batched chart updates are drawn
    const ended = performance.now();
    // Only the answers for the new date count: the months around it are
    // prefetched in the background, and a prefetched answer costs no wait.
    const answered = Math.max(
      started,
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('asOf=' + date))
        .map((entry) => entry.responseEnd),
    );
    return { total: ended - started, render: ended - answered };
  })()`;
  const step = () => page.evaluate<{ total: number; render: number }>(stepInPage);

  for (let i = 0; i < WARMUP; i += 1) await step();
  const samples: { total: number; render: number }[] = [];
  for (let i = 0; i < STEPS; i += 1) samples.push(await step());
  const quantiles = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    return { medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? NaN };
  };
  const render = quantiles(samples.map((sample) => sample.render));
  const total = quantiles(samples.map((sample) => sample.total));
  const row = (what: string, q: ReturnType<typeof quantiles>) => ({
    what,
    steps: samples.length,
    medianMs: q.medianMs.toFixed(1),
    p95Ms: q.p95Ms.toFixed(1),
    maxMs: q.maxMs.toFixed(1),
    budgetMs: BUDGET_MS,
  });
  // "render": from the last answer's arrival to the painted frame;
  // "step": from the key press, the two requests to the service included.
  console.table([row('render', render), row('step (with fetch)', total)]);
  if (render.medianMs > BUDGET_MS) {
    console.error('median replay re-render over budget');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await app.stop();
  await rm(dataDir, { recursive: true, force: true });
}
