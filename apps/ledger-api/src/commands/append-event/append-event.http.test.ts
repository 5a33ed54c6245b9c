import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge, reversal } from '../../testing/sample-events.js';
import {
  READER_TOKEN,
  RECORDER_TOKEN,
  authHeaders,
  postJson,
  startTestApp,
  type TestApp,
} from '../../testing/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ LEDGER_BODY_LIMIT_BYTES: '4096' });
});
afterAll(async () => {
  await app.dispose();
});

async function eventCount(): Promise<number> {
  const metrics = await (await fetch(`${app.url}/metrics`)).text();
  const match = /ledger_append_events_total\{outcome="appended"\} (\d+)/.exec(metrics);
  return Number(match?.[1] ?? 0);
}

describe('POST /v1/events', () => {
  it('stores an event and answers 201 with the envelope the ledger stamped', async () => {
    const response = await postJson(app, '/v1/events', pledge('DE'));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      specversion: '1.0',
      id: 'test-pledge-de',
      subject: 'DE',
      recordedBy: 'recorder',
      position: expect.any(Number),
    });
    expect(Date.parse(response.body.recordedAt as string)).not.toBeNaN();
  });

  it('returns the original result for a repeated id and appends nothing', async () => {
    const first = await postJson(app, '/v1/events', pledge('FR'));
    const before = await eventCount();
    const second = await postJson(app, '/v1/events', pledge('FR'));
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await eventCount()).toBe(before);
  });

  it('refuses an id reused for a different fact with 409', async () => {
    await postJson(app, '/v1/events', pledge('IT'));
    const reused = await postJson(app, '/v1/events', {
      ...pledge('IT'),
      effectiveAt: '2020-12-01',
    });
    expect(reused.status).toBe(409);
    expect(reused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 400 naming the field when the event breaks its schema', async () => {
    const before = await eventCount();
    const response = await postJson(app, '/v1/events', {
      ...pledge('ES'),
      effectivePrecision: 'month',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 400,
      type: `${app.url}/problems/invalid-request`,
      instance: '/v1/events',
    });
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ path: 'effectivePrecision' }),
    );
    expect(await eventCount()).toBe(before);
  });

  it('answers 400 for unknown fields and __proto__ keys', async () => {
    const withProto = `{"__proto__":{"polluted":true},${JSON.stringify(pledge('PT')).slice(1)}`;
    const response = await postJson(app, '/v1/events', withProto);
    expect(response.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const unknownField = await postJson(app, '/v1/events', { ...pledge('PT'), extra: 1 });
    expect(unknownField.status).toBe(400);
  });

  it('answers 422 naming the rule when the decider refuses', async () => {
    const response = await postJson(app, '/v1/events', reversal('NO'));
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, code: 'nothing-to-reverse' });
    expect((response.body.errors as unknown[]).length).toBeGreaterThan(0);
  });

  it('answers 400 for malformed JSON and for a body that is not an object', async () => {
    expect((await postJson(app, '/v1/events', '{"id":')).status).toBe(400);
    expect((await postJson(app, '/v1/events', '[1,2]')).status).toBe(400);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await postJson(app, '/v1/events', 'id=1', {
      ...authHeaders(),
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(415);
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ path: '(header) content-type' }),
    );
  });

  it('answers 413 before parsing a body over the limit', async () => {
    const huge = { ...pledge('SE'), data: { note: 'x'.repeat(10_000) } };
    const response = await postJson(app, '/v1/events', huge);
    expect(response.status).toBe(413);
    expect(response.body.type).toBe(`${app.url}/problems/payload-too-large`);
  });

  it('needs a token (401), a known one (401) and the recorder role (403)', async () => {
    const before = await eventCount();
    const none = await postJson(app, '/v1/events', pledge('GR'), {
      'content-type': 'application/json',
    });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await postJson(app, '/v1/events', pledge('GR'), authHeaders('not-a-known-token'));
    expect(wrong.status).toBe(401);
    const reader = await postJson(app, '/v1/events', pledge('GR'), authHeaders(READER_TOKEN));
    expect(reader.status).toBe(403);
    expect(await eventCount()).toBe(before);
  });

  it('never writes a token to the logs', async () => {
    await postJson(app, '/v1/events', pledge('AT'), authHeaders(RECORDER_TOKEN));
    await postJson(app, '/v1/events', pledge('AT'), authHeaders('wrong-token-xyz-123'));
    const logs = app.logLines.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(RECORDER_TOKEN);
    expect(logs).not.toContain('wrong-token-xyz-123');
  });
});

describe('POST /v1/events/batch', () => {
  it('stores every event of the batch, in order', async () => {
    const response = await postJson(app, '/v1/events/batch', {
      events: [pledge('PL'), reversal('PL')],
    });
    expect(response.status).toBe(201);
    const events = response.body.events as Array<{ id: string; position: number }>;
    expect(events.map((event) => event.id)).toEqual(['test-pledge-pl', 'test-reversal-pl']);
    expect(events[1]!.position).toBeGreaterThan(events[0]!.position);
  });

  it('is atomic: one refused event means none are stored', async () => {
    const response = await postJson(app, '/v1/events/batch', {
      events: [pledge('CZ'), reversal('SK')],
    });
    expect(response.status).toBe(422);
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ path: expect.stringMatching(/^\[1\]/) }),
    );
    const retry = await postJson(app, '/v1/events', pledge('CZ'));
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
  });

  it('answers 400 for an empty batch or an id repeated inside it', async () => {
    expect((await postJson(app, '/v1/events/batch', { events: [] })).status).toBe(400);
    const repeated = await postJson(app, '/v1/events/batch', {
      events: [pledge('LT'), pledge('LT')],
    });
    expect(repeated.status).toBe(400);
    expect(repeated.body.errors).toContainEqual(expect.objectContaining({ path: '[1].id' }));
  });

  it('answers 409 when a batch mixes recorded and new events', async () => {
    await postJson(app, '/v1/events', pledge('LV'));
    const mixed = await postJson(app, '/v1/events/batch', { events: [pledge('LV'), pledge('EE')] });
    expect(mixed.status).toBe(409);
  });
});

describe('write rate limit', () => {
  it('answers 429 with Retry-After once a client exceeds the limit', async () => {
    const limited = await startTestApp({
      LEDGER_WRITE_RATE_LIMIT: '2',
      LEDGER_WRITE_RATE_WINDOW_MS: '60000',
    });
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof postJson>> | undefined;
      for (const subject of ['DK', 'FI', 'IS']) {
        last = await postJson(limited, '/v1/events', pledge(subject));
        statuses.push(last.status);
      }
      expect(statuses).toEqual([201, 201, 429]);
      expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(last!.body.type).toBe(`${limited.url}/problems/too-many-requests`);
    } finally {
      await limited.dispose();
    }
  });
});
