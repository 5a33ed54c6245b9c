import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLedgerApp, loadConfig, type LedgerApp } from '@cleannet/ledger-api';
import { uniqueTopic } from '@cleannet/testkit';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..', '..');
const dashboardDist = join(repo, 'apps', 'dashboard', 'dist');
export const RECORDER_TOKEN = 'dashboard-browser-e2e-recorder-token-0123456789';

/**
 * The built service serving the built dashboard, on Kafka topics of its
 * own and a fresh data directory: a fresh ledger per suite.
 */
export async function startDashboardService(
  kafkaBrokers: readonly string[],
): Promise<{ app: LedgerApp; close: () => Promise<void> }> {
  if (!existsSync(join(dashboardDist, 'index.html'))) {
    throw new Error(
      'apps/dashboard/dist is missing: run `npm run build -w @cleannet/dashboard` first',
    );
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'dashboard-e2e-'));
  const app = await createLedgerApp(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LEDGER_DATA_DIR: dataDir,
      LEDGER_TOKENS: `browser-e2e:${RECORDER_TOKEN}=recorder`,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      LEDGER_KAFKA_TOPIC: uniqueTopic('dashboard-e2e-ledger'),
      LEDGER_CHANGES_TOPIC: uniqueTopic('dashboard-e2e-changes'),
      LEDGER_DASHBOARD_DIR: dashboardDist,
      LEDGER_SSE_HEARTBEAT_MS: '1000',
      LOG_LEVEL: 'silent',
    }),
  );
  return {
    app,
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Records a pledge of `country` through the API, as a recorder would. */
export async function postPledge(app: LedgerApp, country: string, id: string): Promise<number> {
  const response = await fetch(`${app.url}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${RECORDER_TOKEN}` },
    body: JSON.stringify({
      id,
      type: 'PledgeMade',
      subject: country,
      effectiveAt: '2024-01-15',
      effectivePrecision: 'day',
      schemaVersion: 1,
      source: { document: 'browser-e2e.txt', confidence: 'high' },
      data: { instrument: 'statement', programme: 'clean-network' },
    }),
  });
  return response.status;
}

export interface MembershipAnswer {
  counts: { country: number };
  committed: { actorId: string }[];
}

/** What the API says of membership at `asOf` (default today), to compare the page with. */
export async function membershipOf(app: LedgerApp, asOf?: string): Promise<MembershipAnswer> {
  const response = await fetch(`${app.url}/v1/membership${asOf ? `?asOf=${asOf}` : ''}`);
  return (await response.json()) as MembershipAnswer;
}

/** The headline figure's big number, read as a person would. */
export async function figureValueOn(page: Page, label: string): Promise<string> {
  const card = page.locator('li.figure', { has: page.getByText(label, { exact: true }) });
  return (await card.locator('.value').textContent())?.trim() ?? '';
}

/**
 * For a suite: the service and Chromium, started before its tests and
 * stopped after them. Read `app` and `context` inside tests.
 */
export function dashboardSuite(): { readonly app: LedgerApp; readonly context: BrowserContext } {
  let service: Awaited<ReturnType<typeof startDashboardService>> | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    service = await startDashboardService(inject('kafkaBrokers'));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });
  return {
    get app() {
      if (!service) throw new Error('the service is not started');
      return service.app;
    },
    get context() {
      if (!browser) throw new Error('the browser is not started');
      return browser.context;
    },
  };
}
