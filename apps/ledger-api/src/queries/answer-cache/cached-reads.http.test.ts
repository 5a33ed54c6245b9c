import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { pledge, reversal } from '../../testing/sample-events.js';
import { postJson, startTestApp, type TestApp } from '../../testing/test-app.js';

let app: TestApp;
let model: ReadModel;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), text };
}

/** What the projections answer now, serialised like the route. */
const fresh = (value: unknown) => JSON.stringify(value);
const committed = (text: string) =>
  (JSON.parse(text) as { committed: Array<{ actorId: string }> }).committed.map((a) => a.actorId);

async function append(event: unknown) {
  const answer = await postJson(app, '/v1/events', event);
  expect(answer.status).toBe(201);
}

// Reads computed on the worker thread (the default) and on the main thread give the same answers.
describe.each(['true', 'false'])('with LEDGER_READ_WORKER=%s', (readWorker) => {
  beforeAll(async () => {
    app = await startTestApp({ LEDGER_READ_WORKER: readWorker });
    model = app.app.get<ReadModel>(READ_MODEL);
    expect((await postJson(app, '/v1/events', pledge('BR', 'c-br', '2020-11-10'))).status).toBe(
      201,
    );
  });
  afterAll(async () => {
    await app.dispose();
  });

  describe('cached reads', () => {
    const membership = '/v1/membership?asOf=2021-12-31';

    it('answer the same bytes with a validator, and 304 when the client has them', async () => {
      const first = await get(membership);
      const second = await get(membership);
      expect(second.text).toBe(first.text);
      expect(second.etag).toBe(first.etag);
      // node:http, not fetch: fetch marks conditional requests `Cache-Control: no-cache`.
      const status = await new Promise<number | undefined>((resolve, reject) =>
        httpGet(`${app.url}${membership}`, { headers: { 'if-none-match': first.etag! } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        }).on('error', reject),
      );
      expect(status).toBe(304);
    });

    it('keep an answer that an append placed after its asOf cannot change', async () => {
      const before = await get(membership);
      await append(pledge('NZ', 'c-nz', '2022-03-01'));
      const after = await get(membership);
      expect(after.etag).toBe(before.etag);
      expect(after.text).toBe(fresh(model.index.membership({ asOf: '2021-12-31' })));
      expect(committed(after.text)).not.toContain('NZ');
    });

    it('include an event in the next read after its 201 (read-your-writes)', async () => {
      await get(membership);
      await append(pledge('CA', 'c-ca', '2021-05-01'));
      const after = await get(membership);
      expect(committed(after.text)).toContain('CA');
      expect(after.text).toBe(fresh(model.index.membership({ asOf: '2021-12-31' })));
    });

    it('follow a correction that moves a fact past asOf, and a retraction', async () => {
      await get(membership);
      await append({
        id: 'c-ca-fix',
        type: 'EventCorrected',
        subject: 'CA',
        effectiveAt: '2026-01-01',
        effectivePrecision: 'day',
        schemaVersion: 1,
        source: { document: 'test-source.txt', confidence: 'high' },
        data: {
          correctedEventId: 'c-ca',
          effectiveAt: '2022-06-01',
          effectivePrecision: 'day',
          reason: 'the pledge was made later',
        },
      });
      expect(committed((await get(membership)).text)).not.toContain('CA');
      await get(membership);
      await append({
        id: 'c-br-retract',
        type: 'EventRetracted',
        subject: 'BR',
        effectiveAt: '2026-01-01',
        effectivePrecision: 'day',
        schemaVersion: 1,
        source: { document: 'test-source.txt', confidence: 'high' },
        data: { retractedEventId: 'c-br', reason: 'recorded by mistake' },
      });
      const after = await get(membership);
      expect(committed(after.text)).not.toContain('BR');
      expect(after.text).toBe(fresh(model.index.membership({ asOf: '2021-12-31' })));
    });

    it("keep an actor's timeline across other actors' events, not across its own", async () => {
      await append(pledge('RO', 'c-ro', '2020-10-22'));
      const path = '/v1/actors/RO/timeline?asOf=2021-12-31';
      const before = await get(path);
      await append(pledge('PL', 'c-pl', '2020-01-01'));
      expect((await get(path)).etag).toBe(before.etag);
      await append(reversal('RO', 'c-ro-reversal', '2021-02-01'));
      const after = await get(path);
      expect(after.etag).not.toBe(before.etag);
      expect(after.text).toBe(fresh(model.index.timeline('RO', { asOf: '2021-12-31' })));
    });

    it('keep answers built from states across a pledge that changed no state, not its timeline', async () => {
      const trends = '/v1/trends?from=2020-01-01&to=2021-12-31&interval=quarter';
      const timeline = '/v1/actors/NZ/timeline?asOf=2022-12-31';
      const late = '/v1/membership?asOf=2022-12-31';
      const before = await Promise.all([get(late), get(trends), get(timeline)]);
      // NZ has been committed since 2022-03-01: a later pledge changes none of its states.
      await append(pledge('NZ', 'c-nz-again', '2022-06-01'));
      const after = await Promise.all([get(late), get(trends), get(timeline)]);
      expect(after[0].etag).toBe(before[0].etag);
      expect(after[0].text).toBe(fresh(model.index.membership({ asOf: '2022-12-31' })));
      expect(after[1].etag).toBe(before[1].etag);
      expect(after[2].etag).not.toBe(before[2].etag);
      expect(after[2].text).toContain('c-nz-again');
    });

    it('list a new actor even in an actor list as of an earlier date', async () => {
      const path = '/v1/actors?asOf=2019-01-01';
      await get(path);
      await append(pledge('JP', 'c-jp', '2023-01-01'));
      const ids = (
        JSON.parse((await get(path)).text) as { actors: Array<{ id: string }> }
      ).actors.map((a) => a.id);
      expect(ids).toContain('JP');
    });

    it('keep a full page of the log and extend the last one', async () => {
      const full = await get('/v1/events?limit=1');
      const last = await get('/v1/events?limit=1000');
      await append(pledge('SE', 'c-se', '2020-05-01'));
      expect((await get('/v1/events?limit=1')).etag).toBe(full.etag);
      const extended = await get('/v1/events?limit=1000');
      expect(extended.etag).not.toBe(last.etag);
      expect(extended.text).toContain('c-se');
    });

    it('keep CSV and JSON of one URL apart', async () => {
      const json = await get(membership);
      const csv = await get(membership, { accept: 'text/csv' });
      expect(csv.text.split('\n')[0]).toContain('actorId');
      expect(json.text.startsWith('{')).toBe(true);
      expect((await get(membership)).text).toBe(json.text);
    });
  });
});
