import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge } from '../testing/sample-events.js';
import { postJson, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await postJson(app, '/v1/events/batch', {
    events: [pledge('BR', 'q-br'), pledge('RO', 'q-ro'), pledge('PL', 'q-pl')],
  });
});
afterAll(async () => {
  await app.dispose();
});

async function get(path: string) {
  const response = await fetch(`${app.url}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as { events?: Array<{ id: string }>; detail?: string },
  };
}

describe('query parameters', () => {
  it.each(['cursor=', 'limit=', 'cursor=1e0', 'cursor=%200', 'limit=0x10', 'cursor=-1'])(
    'GET /v1/events?%s is a 400, not read as a number',
    async (query) => {
      const answer = await get(`/v1/events?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.type).toMatch(/^application\/problem\+json/);
    },
  );

  it('reads cursor=0 as "after position 0" and no cursor as "from the start"', async () => {
    expect((await get('/v1/events')).body.events?.map((e) => e.id)).toEqual([
      'q-br',
      'q-ro',
      'q-pl',
    ]);
    expect((await get('/v1/events?cursor=0&limit=1')).body.events?.map((e) => e.id)).toEqual([
      'q-ro',
    ]);
  });

  describe.each(['/v1/events', '/v1/membership', '/v1/actors', '/v1/exposure'])('%s', (route) => {
    it.each(['__proto__', 'constructor', 'prototype', 'unknown'])(
      'refuses the parameter %s like every unknown parameter',
      async (name) => {
        const answer = await get(`${route}?${name}=1`);
        expect(answer.status).toBe(400);
        expect(answer.body.detail).toContain(`Unrecognized key: "${name}"`);
      },
    );
  });
});
