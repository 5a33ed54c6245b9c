import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { figureValueOn, membershipOf, postPledge, repo, dashboardSuite } from './service.ts';

const artifacts = join(repo, 'artifacts', 'browser');

const suite = dashboardSuite();

beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
});

let page: Page;

const membership = (asOf?: string) => membershipOf(suite.app, asOf);

const figureValue = (label: string) => figureValueOn(page, label);

async function mapTableRow(country: string) {
  const panel = page.locator('section.panel', { hasText: 'Status by country' });
  if ((await panel.getByRole('button', { name: 'Table' }).count()) > 0) {
    await panel.getByRole('button', { name: 'Table' }).click();
  }
  return panel
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: country, exact: true }) });
}

afterEach(async ({ task }) => {
  // Each page as the test left it, for a person to look at (not committed).
  const name = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  await page?.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  await page?.close();
});

async function open(query = ''): Promise<Page> {
  page = await suite.context.newPage();
  await page.goto(`${suite.app.url}/${query}`);
  await page.getByRole('tablist', { name: 'Views' }).waitFor({ timeout: 30_000 });
  if (!query.includes('tab=')) {
    await page
      .getByRole('list', { name: 'Headline figures' })
      .getByText('Member countries', { exact: true })
      .waitFor({ timeout: 30_000 });
  }
  return page;
}

describe('dashboard in Chromium against the service on Kafka', { timeout: 60_000 }, () => {
  it('loads the overview with figures, the map and the trends', async () => {
    await open();
    const today = await membership();
    expect(await figureValue('Member countries')).toBe(String(today.counts.country));
    await page.locator('.map canvas').waitFor();
    await expect
      .poll(() => page.getByText('Loading the map…').count(), { timeout: 20_000 })
      .toBe(0);
    // drawn, not given up (its code and atlas arrive compressed)
    expect(await page.getByText('The map could not load').count()).toBe(0);
    expect(await page.locator('.trends canvas').count()).toBe(4);
  });

  it('replays to 2020-11-10 and finds Brazil a member on the map and in the figures', async () => {
    await open();
    await page.getByLabel('As of', { exact: true }).fill('2020-11-10');
    await expect.poll(() => page.url()).toContain('date=2020-11-10');
    const then = await membership('2020-11-10');
    expect(then.committed.map((actor) => actor.actorId)).toContain('BR');
    await expect.poll(() => figureValue('Member countries')).toBe(String(then.counts.country));
    const brazil = await mapTableRow('Brazil');
    await expect.poll(() => brazil.textContent()).toContain('Member');
  });

  it('replays to mid-2021 and finds Brazil\'s reversal, dated only "2021", on the overview', async () => {
    await open();
    await page.getByLabel('As of', { exact: true }).fill('2021-07-01');
    await expect.poll(() => page.url()).toContain('date=2021-07-01');
    // The ledger counts a reversal dated "2021" from 2021-12-31: Brazil is
    // still in the figures, and the overview says why.
    const then = await membership('2021-07-01');
    expect(then.committed.map((actor) => actor.actorId)).toContain('BR');
    await expect.poll(() => figureValue('Member countries')).toBe(String(then.counts.country));
    const notice = page.getByRole('complementary', { name: 'Dated within this period' });
    await expect
      .poll(() => notice.textContent())
      .toContain(
        'reversed its commitment in 2021 (month not given by the source; counted from 31 December 2021)',
      );
    const cue = 'Member; reversal dated within this period';
    const legend = page.getByRole('list', { name: 'Map legend' }).locator('li', { hasText: cue });
    await expect.poll(() => legend.locator('.count').textContent()).toBe('1');
    const brazil = await mapTableRow('Brazil');
    await expect.poll(() => brazil.textContent()).toContain(cue);
    await notice.getByRole('button', { name: 'Brazil' }).click();
    await expect.poll(() => page.url()).toContain('actor=BR');
    // Brazil's page says the same, and once replayed past 2021 dates the
    // reversal "2021", not on the day the ledger places it.
    const actorNotice = page.getByRole('complementary', { name: 'Dated within this period' });
    await expect.poll(() => actorNotice.textContent()).toContain('reversed its commitment in 2021');
    await page.getByLabel('As of', { exact: true }).fill('2022-01-01');
    const reversal = page.locator('ol.entries li', { hasText: 'Reverses its pledge' });
    await expect
      .poll(() =>
        reversal.count().then((count) => (count ? reversal.locator('.when').textContent() : '')),
      )
      .toMatch(/^\s*2021\s+\(month not given by the source/);
  });

  it('finds the regression and replays to it, with Back returning to mid-2021', async () => {
    await open('?date=2021-06-30&tab=regressions');
    const entry = page.locator('ol.list li', { hasText: 'Brazil' });
    await expect.poll(() => entry.textContent()).toContain('reversed');
    // dated as the source dates it, not on the day the ledger places it
    expect((await entry.locator('.when').textContent())?.trim()).toMatch(/^2021\s/);
    await entry.getByRole('button', { name: 'Replay to this date' }).click();
    await expect.poll(() => page.url()).toContain('date=2021-12-31');
    // as a person would: the replayed figures are on screen before the map's table is opened
    const then = await membership('2021-12-31');
    await expect.poll(() => figureValue('Member countries')).toBe(String(then.counts.country));
    const brazil = await mapTableRow('Brazil');
    await expect.poll(() => brazil.textContent()).toContain('Reversed');
    await page.goBack();
    await expect.poll(() => page.url()).toContain('date=2021-06-30');
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toBe('Regressions');
  });

  it('shows a POSTed event in the live feed and the figures within 2 s, without reload', async () => {
    await open();
    await expect.poll(() => page.locator('.masthead .indicator').textContent()).toContain('Live');
    const before = Number(await figureValue('Member countries'));
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    const status = await postPledge(suite.app, 'MX', `browser-e2e-pledge-mx-${Date.now()}`);
    expect(status).toBeLessThan(300);
    const feed = page.locator('aside ol.items li', { hasText: 'Mexico' });
    await expect.poll(() => feed.count(), { timeout: 2_000, interval: 100 }).toBe(1);
    await expect
      .poll(() => figureValue('Member countries'), { timeout: 2_000, interval: 100 })
      .toBe(String(before + 1));
    expect(navigations).toEqual([]);
  });

  it('exports the map table as CSV with a row per country', async () => {
    await open('?date=2020-11-10');
    const panel = page.locator('section.panel', { hasText: 'Status by country' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'CSV (visible)' }).click(),
    ]);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('Country,Code,Status as of 2020-11-10');
    expect(lines).toContain('Brazil,BR,Member');
    expect(lines.length).toBeGreaterThan(240);
    expect(download.suggestedFilename()).toBe('map-vendor-huawei-2020-11-10-visible.csv');
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    page = await suite.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    // mid-2021, so that the notice of Brazil's reversal is on the page too
    await page.goto(`${suite.app.url}/?date=2021-07-01`);
    await page.getByRole('list', { name: 'Headline figures' }).waitFor({ timeout: 30_000 });
    await page.getByRole('complementary', { name: 'Dated within this period' }).waitFor();
    await page.locator('.map canvas').waitFor();
    // Evaluated in the page, given as text: this workspace has no DOM types.
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
  });

  it('draws the same map after a replay as on a fresh load of the date', async () => {
    // A replay step repaints only the shapes whose status changed (clipped to
    // their bounds) and nothing while the map is out of view: the picture
    // must still be the one a full draw gives.
    const pixels = () =>
      page.evaluate<string>(`(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        for (let i = 0; i < 3; i += 1) await frame();
        return document.querySelector('.map canvas').toDataURL();
      })()`);
    const mapReady = async (date: string) => {
      await page.locator(`section[data-as-of="${date}"]`).waitFor({ timeout: 30_000 });
      await page.getByText('Loading the map…').waitFor({ state: 'detached', timeout: 30_000 });
    };
    await open('?date=2020-06-30');
    await mapReady('2020-06-30');
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    for (let month = 0; month < 18; month += 1) {
      await page.keyboard.press('ArrowRight');
      // half of the way with the map scrolled out of view
      if (month === 8) await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    }
    await expect.poll(() => page.url()).toContain('date=2021-12-31');
    await page.locator('.map canvas').scrollIntoViewIfNeeded();
    await mapReady('2021-12-31');
    const replayed = await pixels();
    await page.goto(`${suite.app.url}/?date=2021-12-31`);
    await page.locator('.map canvas').scrollIntoViewIfNeeded();
    await mapReady('2021-12-31');
    expect(await pixels()).toBe(replayed);
  });

  it('operates the replay slider by keyboard and announces readable dates', async () => {
    await open('?date=2020-11-10');
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('1 January 2018');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('1 February 2018');
    await page.keyboard.press('PageUp');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('1 February 2019');
    await expect.poll(() => page.url()).toContain('date=2019-02-01');
    await page.keyboard.press('End');
    await expect.poll(() => page.url()).not.toContain('date=');
  });
});
