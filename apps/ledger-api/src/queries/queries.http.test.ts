import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge, reversal } from '../testing/sample-events.js';
import { READER_TOKEN, postJson, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let afterPledges = '';

beforeAll(async () => {
  app = await startTestApp();
  await postJson(app, '/v1/events/batch', {
    events: [pledge('BR', 'q-br', '2020-11-10'), pledge('RO', 'q-ro', '2020-10-22')],
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
  afterPledges = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  await postJson(app, '/v1/events', reversal('BR', 'q-br-reversal', '2021-01-29'));
});
afterAll(async () => {
  await app.dispose();
});

async function getJson(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${path}`, { headers });
  return {
    status: response.status,
    headers: response.headers,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test bodies are inspected loosely
    body: (await response.json()) as Record<string, any>,
  };
}

const committedIds = (body: Record<string, unknown>) =>
  (body.committed as Array<{ actorId: string }>).map((a) => a.actorId).sort();

describe('GET /v1/membership', () => {
  it('answers as of a date, and as the ledger knew it at a time', async () => {
    expect(committedIds((await getJson('/v1/membership?asOf=2020-12-31')).body)).toEqual([
      'BR',
      'RO',
    ]);
    expect(committedIds((await getJson('/v1/membership?asOf=2021-12-31')).body)).toEqual(['RO']);
    const known = await getJson(
      `/v1/membership?asOf=2021-12-31&knownAt=${encodeURIComponent(afterPledges)}`,
    );
    expect(committedIds(known.body)).toEqual(['BR', 'RO']);
    expect(committedIds((await getJson('/v1/membership?asOf=2020-10-01')).body)).toEqual([]);
  });

  it('answers text/csv by Accept header or format=csv', async () => {
    for (const request of [
      fetch(`${app.url}/v1/membership?asOf=2020-12-31`, { headers: { accept: 'text/csv' } }),
      fetch(`${app.url}/v1/membership?asOf=2020-12-31&format=csv`),
    ]) {
      const response = await request;
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = (await response.text()).trim().split('\n');
      expect(lines[0]).toContain('actorId');
      expect(lines).toHaveLength(3);
    }
  });

  it('answers 400 naming the parameter for impossible dates and unknown parameters', async () => {
    const bad = await getJson('/v1/membership?asOf=2021-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ path: 'asOf' }));
    expect((await getJson('/v1/membership?knownAt=yesterday')).body.errors).toContainEqual(
      expect.objectContaining({ path: 'knownAt' }),
    );
    expect((await getJson('/v1/membership?colour=blue')).status).toBe(400);
  });
});

describe('other reads', () => {
  it('lists regressions, with the Brazilian reversal', async () => {
    const { body } = await getJson('/v1/regressions?asOf=2021-12-31');
    expect(body.regressions).toContainEqual(
      expect.objectContaining({ actorId: 'BR', causeEventId: 'q-br-reversal', regression: true }),
    );
  });

  it('lists actors with their status, filtered by kind', async () => {
    const { body } = await getJson('/v1/actors?asOf=2021-12-31&kind=country');
    const byId = Object.fromEntries(
      (body.actors as Array<{ id: string; commitment: string }>).map((a) => [a.id, a.commitment]),
    );
    expect(byId).toMatchObject({ BR: 'reversed', RO: 'member' });
    const brazil = (
      body.actors as Array<{ id: string; name: string | null; joinedOn: string | null }>
    ).find((a) => a.id === 'BR');
    expect(brazil).toMatchObject({ name: 'Brazil', joinedOn: '2020-11-10' });
  });

  it("answers an actor's timeline, and 404 for an actor without events", async () => {
    expect((await getJson('/v1/actors/BR/timeline?asOf=2021-12-31')).status).toBe(200);
    const missing = await getJson('/v1/actors/ZW/timeline');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await getJson('/v1/actors/not%20an%20id/timeline')).status).toBe(400);
  });

  it('answers exposure and trends', async () => {
    expect((await getJson('/v1/exposure?asOf=2021-12-31&vendor=vendor:huawei')).status).toBe(200);
    expect((await getJson('/v1/exposure?vendor=huawei')).status).toBe(400);
    const trends = await getJson('/v1/trends?from=2020-01-01&to=2021-12-31&interval=quarter');
    expect(trends.status).toBe(200);
    expect((trends.body.points as unknown[]).length).toBeGreaterThanOrEqual(8);
    expect((await getJson('/v1/trends?from=2021-01-01&to=2020-01-01')).status).toBe(400);
  });

  it('pages through the log with a cursor and filters by actor and kind', async () => {
    const first = await getJson('/v1/events?limit=2');
    expect(first.body.events).toHaveLength(2);
    const second = await getJson(`/v1/events?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.events.map((event: { id: string }) => event.id)).toEqual(['q-br-reversal']);
    expect(second.body.nextCursor).toBeUndefined();
    const reversals = await getJson('/v1/events?actor=BR&kind=CommitmentReversed');
    expect(reversals.body.events.map((event: { id: string }) => event.id)).toEqual([
      'q-br-reversal',
    ]);
  });
});

describe('private reads', () => {
  it('refuses reads without a token when configured private', async () => {
    const locked = await startTestApp({ LEDGER_PRIVATE_READS: 'true' });
    try {
      expect((await fetch(`${locked.url}/v1/membership`)).status).toBe(401);
      const allowed = await fetch(`${locked.url}/v1/membership`, {
        headers: { authorization: `Bearer ${READER_TOKEN}` },
      });
      expect(allowed.status).toBe(200);
    } finally {
      await locked.dispose();
    }
  });
});
