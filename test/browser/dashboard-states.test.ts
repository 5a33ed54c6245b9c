import type { Page, Response } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { figureValueOn, membershipOf, postPledge, dashboardSuite } from './service.ts';

// What the dashboard says when it has no answer to show, or must not show
// one: a failed request, a live feed that only shows what happens after the
// page opened, a view pinned to the past, a bad address; and how the
// service sends the files (compressed, cached).

const suite = dashboardSuite();
let page: Page;

const membership = (asOf?: string) => membershipOf(suite.app, asOf);

/** Countries the ledger does not count as members today, so a pledge of one is a change. */
async function nonMembers(count: number): Promise<string[]> {
  const members = new Set((await membership()).committed.map((actor) => actor.actorId));
  const candidates = ['MX', 'AR', 'PE', 'CO', 'ZA', 'NG', 'KE', 'TH', 'MY', 'VN', 'EG', 'BO'];
  return candidates.filter((code) => !members.has(code)).slice(0, count);
}

const headlineList = () => page.getByRole('list', { name: 'Headline figures' });

const figureValue = (label: string) => figureValueOn(page, label);

async function open(query = ''): Promise<Page> {
  page = await suite.context.newPage();
  await page.goto(`${suite.app.url}/${query}`);
  await page.getByRole('tablist', { name: 'Views' }).waitFor({ timeout: 30_000 });
  return page;
}

const liveFeed = () => page.getByRole('complementary', { name: 'Live feed' });

afterEach(async () => {
  await page?.close();
});

describe('dashboard states in Chromium', { timeout: 60_000 }, () => {
  it('given the API goes down during a date change, then the figures say so instead of showing the old date', async () => {
    await open('?date=2021-06-30');
    const before = await membership('2021-06-30');
    await expect.poll(() => figureValue('Member countries')).toBe(String(before.counts.country));
    await page.route('**/v1/**', (route) => route.abort('failed'));
    await page.getByLabel('As of', { exact: true }).fill('2020-11-10');
    const figures = page.locator('section[aria-labelledby="figures-heading"]');
    const failure = figures.getByRole('alert');
    await expect
      .poll(() => failure.textContent())
      .toContain('Could not load the figures for 10 November 2020');
    expect(await figures.getByRole('heading', { level: 2 }).textContent()).toBe(
      'As of 10 November 2020',
    );
    expect(await headlineList().count()).toBe(0);
    // the map does not keep the old date's colours under the new date either
    expect(await page.getByText('Status by country as of 30 June 2021').count()).toBe(0);

    await page.unroute('**/v1/**');
    await failure.getByRole('button', { name: 'Retry' }).click();
    const then = await membership('2020-11-10');
    await expect.poll(() => figureValue('Member countries')).toBe(String(then.counts.country));
    expect(await figures.getByRole('alert').count()).toBe(0);
  });

  it('given the page just opened, then the live feed is empty; a burst POSTed afterwards shows with arrival times and one refresh', async () => {
    await open();
    await headlineList().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.masthead .indicator').textContent()).toContain('Live');
    // the 110 changes of the history are not news
    await page.waitForTimeout(500);
    expect(await liveFeed().locator('ol.items li').count()).toBe(0);
    await expect.poll(() => liveFeed().textContent()).toContain('from now on');

    const trendRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/v1/trends') trendRequests.push(request.url());
    });
    const countries = await nonMembers(4);
    expect(countries).toHaveLength(4);
    const statuses = await Promise.all(
      countries.map((country) =>
        postPledge(suite.app, country, `browser-states-${country}-${Date.now()}`),
      ),
    );
    expect(statuses.every((status) => status < 300)).toBe(true);
    const items = liveFeed().locator('ol.items li');
    await expect.poll(() => items.count(), { timeout: 5_000 }).toBe(4);
    expect(await items.first().locator('time').getAttribute('datetime')).toMatch(
      /^\d{4}-\d{2}-\d{2}T/,
    );
    await page.waitForTimeout(1_500);
    // a burst is one or two refreshes (settle, then at most one a second), not one per change
    expect(trendRequests.length).toBeGreaterThanOrEqual(1);
    expect(trendRequests.length).toBeLessThanOrEqual(2);
  });

  it('given a view pinned to what the ledger knew in the past, then the feed is paused and says why', async () => {
    const pinnedAt = new Date().toISOString();
    await open(`?knownAt=${encodeURIComponent(pinnedAt)}`);
    await headlineList().waitFor({ timeout: 30_000 });
    await expect.poll(() => liveFeed().textContent()).toContain('as it knew it in the past');
    expect(await liveFeed().getByRole('button', { name: 'Resume' }).count()).toBe(0);
    const [country] = await nonMembers(1);
    expect(
      await postPledge(suite.app, country ?? 'BO', `browser-states-pinned-${Date.now()}`),
    ).toBeLessThan(300);
    await page.waitForTimeout(1_000);
    expect(await liveFeed().locator('ol.items li').count()).toBe(0);
  });

  it('given "as the ledger knew it" before its first import, then it says it knew nothing, not zeros', async () => {
    await open('?knownAt=2019-01-01');
    const notice = page.getByRole('status', { name: 'Nothing known yet' });
    await expect
      .poll(() => notice.textContent(), { timeout: 30_000 })
      .toContain('The ledger knew nothing yet');
    expect(await notice.textContent()).toContain('Its first event was recorded on');
    expect(await headlineList().count()).toBe(0);
    await notice.getByRole('button', { name: 'Show what the ledger knows now' }).click();
    await headlineList().waitFor({ timeout: 30_000 });
    expect(page.url()).not.toContain('knownAt=');
  });

  it('given a date that does not exist in the address, then today is shown with a notice and the address corrected', async () => {
    await open('?date=2021-02-30&tab=regressions');
    const notice = page.getByRole('status', { name: 'Address corrected' });
    await expect.poll(() => notice.textContent()).toContain('“2021-02-30”, which is not a date');
    expect(await notice.textContent()).toContain('showing today instead');
    expect(page.url()).not.toContain('date=');
    expect(page.url()).toContain('tab=regressions');
  });

  it('sends assets compressed and cached for good, index.html revalidated, JSON answers compressed', async () => {
    page = await suite.context.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`${suite.app.url}/`);
    await headlineList().waitFor({ timeout: 30_000 });
    await page.locator('.trends canvas').first().waitFor();
    const headersOf = async (test: (path: string) => boolean) => {
      const found = responses.find((response) => test(new URL(response.url()).pathname));
      expect(found, 'a matching response').toBeDefined();
      return found!.allHeaders();
    };
    const document = await headersOf((path) => path === '/');
    expect(document['cache-control']).toBe('no-cache');
    const script = await headersOf((path) => /^\/assets\/index-[\w-]+\.js$/.test(path));
    expect(['br', 'gzip']).toContain(script['content-encoding']);
    expect(script['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script['vary']).toContain('Accept-Encoding');
    // The browser revalidates answers it has seen (304, no body): ask afresh.
    const trends = await fetch(`${suite.app.url}/v1/trends?from=2018-01-01&to=2021-01-01`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(['br', 'gzip']).toContain(trends.headers.get('content-encoding'));
  });
});
