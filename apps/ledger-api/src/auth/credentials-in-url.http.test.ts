import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge } from '../testing/sample-events.js';
import { RECORDER_TOKEN, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.dispose();
});

describe('a token in the query string', () => {
  it.each([
    ['POST', `/v1/events?access_token=${RECORDER_TOKEN}`],
    ['POST', `/v1/events/batch?token=${RECORDER_TOKEN}`],
    ['GET', `/v1/membership?asOf=2021-01-31&api_key=${RECORDER_TOKEN}`],
    ['GET', `/v1/events?password=${RECORDER_TOKEN}`],
  ])('%s %s is refused with 401 naming the header, and never logged', async (method, path) => {
    const response = await fetch(`${app.url}${path}`, {
      method,
      ...(method === 'POST'
        ? {
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(pledge('BR')),
          }
        : {}),
    });
    const text = await response.text();
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(text).detail).toContain('Authorization header');
    expect(text).not.toContain(RECORDER_TOKEN);

    await new Promise((resolve) => setTimeout(resolve, 20));
    const logged = app.logLines.filter((line) => line.includes(path.split('?')[0]!));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).toContain('[Redacted]');
    expect(app.logLines.join('\n')).not.toContain(RECORDER_TOKEN);
  });

  it('is refused even next to a valid Authorization header, and nothing is recorded', async () => {
    const response = await fetch(`${app.url}/v1/events?access_token=${RECORDER_TOKEN}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${RECORDER_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(pledge('RO')),
    });
    expect(response.status).toBe(401);
    const events = (await (await fetch(`${app.url}/v1/events`)).json()) as { events: unknown[] };
    expect(events.events).toEqual([]);
  });
});
