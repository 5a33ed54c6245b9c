// Shared by the replay benchmark and its profiling driver: the built service
// in its own process on the embedded log with the curated dataset, Chromium
// on the overview, and one replay step timed inside the page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnLedgerServer } from '@cleannet/ledger-api/harness';
import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';

export const defaultDist = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'apps',
  'dashboard',
  'dist',
);

export interface StepTiming {
  /** From the key press to the painted frame, the requests for the new date included. */
  total: number;
  /** From the last answer for the new date to the painted frame: the budgeted figure. */
  render: number;
  /**
   * From the last answer to the start of the frame after the painted one: the
   * definition used before, which adds up to a frame of waiting for vsync.
   */
  renderToNextFrame: number;
}

// Timed inside the page, so the browser driver's own latency is not counted.
// Kept as source text: tsx would wrap a function literal in helpers that do
// not exist in the page.
//
// "Painted": the frame whose animation-frame callbacks first see the new date
// in the DOM also runs the batched chart and map updates (they are queued for
// that same frame); the browser then updates the rendering (style, layout,
// paint) in the same task. A message posted from that frame's callback is
// handled in the next task, i.e. once that frame has been painted on the main
// thread (the usual post-animation-frame measure). Rasterising and compositing
// happen off the main thread and are not counted.
const stepInPage = `(async () => {
  const slider = document.querySelector('input[type=range]');
  if (!slider) throw new Error('no slider');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const afterThisFrame = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  performance.clearResourceTimings();
  const started = performance.now();
  slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  const date = new URLSearchParams(location.search).get('date');
  while (document.querySelector('section[data-as-of]')?.getAttribute('data-as-of') !== date) {
    await frame();
  }
  const painted = await afterThisFrame();
  await frame();
  const nextFrame = performance.now();
  // Only the answers for the new date count: the months around it are
  // prefetched in the background, and a prefetched answer costs no wait.
  const answered = Math.max(
    started,
    ...performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('asOf=' + date))
      .map((entry) => entry.responseEnd),
  );
  return {
    total: painted - started,
    render: painted - answered,
    renderToNextFrame: nextFrame - answered,
  };
})()`;

export interface ReplayPage {
  page: Page;
  step(): Promise<StepTiming>;
  close(): Promise<void>;
}

/** Starts the service and the browser, and opens the overview at 2018-07-01 with the map loaded. */
export async function openReplayPage(dist = defaultDist): Promise<ReplayPage> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dashboard-replay-bench-'));
  // The built service in its own process, as `npm start` runs it.
  const app = await spawnLedgerServer(
    { LEDGER_DATA_DIR: dataDir, LEDGER_DASHBOARD_DIR: dist, LOG_LEVEL: 'warn' },
    { readyTimeoutMs: 180_000 },
  );
  const browser = await launchChromium();
  const close = async () => {
    await browser.close();
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/?date=2018-07-01`);
    await page.locator('section[data-as-of="2018-07-01"]').waitFor({ timeout: 60_000 });
    await page.locator('.map canvas').waitFor();
    await page.getByText('Loading the map…').waitFor({ state: 'detached', timeout: 60_000 });
    return { page, step: () => page.evaluate<StepTiming>(stepInPage), close };
  } catch (error) {
    await close();
    throw error;
  }
}
