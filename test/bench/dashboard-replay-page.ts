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
  /** From the last answer for the new date to the painted frame. */
  render: number;
}

export interface ReplayPage {
  page: Page;
  step(): Promise<StepTiming>;
  close(): Promise<void>;
}

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
