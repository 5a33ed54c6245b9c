import { MAX_ID_LENGTH } from '@cleannet/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge } from '../../testing/sample-events.js';
import { postJson, startTestApp, type TestApp } from '../../testing/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.dispose();
});

async function loggedEvents(): Promise<unknown[]> {
  const page = (await (await fetch(`${app.url}/v1/events`)).json()) as { events: unknown[] };
  return page.events;
}

describe('POST /v1/events with an over-long field', () => {
  it('answers 400 naming `subject` for a 100,000-character actor id, and appends nothing', async () => {
    const subject = `operator:${'a'.repeat(100_000 - 'operator:'.length)}`;
    const response = await postJson(app, '/v1/events', { ...pledge('BR'), subject });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([
      { path: 'subject', message: `expected at most ${MAX_ID_LENGTH} characters` },
    ]);
    expect(await loggedEvents()).toEqual([]);
  });
});
