import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestApp, type TestApp } from '../testing/test-app.js';
import { problemTypeCatalogue } from './problem-type-catalogue.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.dispose();
});

describe('problem types', () => {
  it('are absolute URLs on the requested host, and each answers a page describing it', async () => {
    const problem = await postJson(app, '/v1/events', { type: 'PledgeMade' });
    expect(problem.body.type).toBe(`${app.url}/problems/invalid-request`);
    const page = await fetch(problem.body.type as string);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<h1>Invalid request</h1>');
  });

  it('has a page with its own description for every type the service sends', async () => {
    const index = await (await fetch(`${app.url}/problems`)).text();
    for (const entry of problemTypeCatalogue) {
      expect(entry.description, entry.slug).not.toBe(entry.title);
      expect(index).toContain(`href="/problems/${entry.slug}"`);
      expect((await fetch(`${app.url}/problems/${entry.slug}`)).status, entry.slug).toBe(200);
    }
    const unknown = await fetch(`${app.url}/problems/no-such-type`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { type: string }).type).toBe(`${app.url}/problems/not-found`);
  });

  it('are built on LEDGER_PUBLIC_URL when it is set, whatever the Host header', async () => {
    const proxied = await startTestApp({ LEDGER_PUBLIC_URL: 'https://ledger.test/' });
    try {
      const response = await fetch(`${proxied.url}/v1/membership?asOf=2021-02-30`);
      expect(((await response.json()) as { type: string }).type).toBe(
        'https://ledger.test/problems/invalid-request',
      );
    } finally {
      await proxied.dispose();
    }
  });
});
