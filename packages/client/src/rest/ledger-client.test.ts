import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huaweiBan, pledge, reversal } from '../testing/sample-events.js';
import { RECORDER_TOKEN, startTestLedger, type TestLedger } from '../testing/ledger-app.js';
import { createLedgerClient, type LedgerClient } from './ledger-client.js';
import { LedgerUnreachableError, ProblemError } from './problem-error.js';

let ledger: TestLedger;
let client: LedgerClient;

beforeAll(async () => {
  ledger = await startTestLedger();
  client = createLedgerClient({ baseUrl: ledger.url, token: RECORDER_TOKEN });
  await client.appendBatch([pledge('BR', '2020-11-10'), pledge('PL', '2020-10-22')]);
  await client.append(huaweiBan('SE', '2020-10-20'));
  await client.append(reversal('BR', '2021-01-29'));
});
afterAll(() => ledger.stop());

describe('createLedgerClient reads', () => {
  it('answers membership as of a date: Brazil in before its reversal, out after', async () => {
    const before = await client.membership({ asOf: '2020-12-31' });
    const after = await client.membership({ asOf: '2021-12-31' });
    expect(before.committed.map((actor) => actor.actorId).sort()).toEqual(['BR', 'PL']);
    expect(after.committed.map((actor) => actor.actorId)).toEqual(['PL']);
  });

  it('passes knownAt: nothing was known before the events were recorded', async () => {
    const membership = await client.membership({
      asOf: '2020-12-31',
      knownAt: '2000-01-01T00:00:00Z',
    });
    expect(membership.committed).toEqual([]);
  });

  it('reads regressions, actors, exposure, timeline, trends and events', async () => {
    const { regressions } = await client.regressions({ asOf: '2021-12-31' });
    expect(regressions.map((change) => change.causeEventId)).toEqual(['reversal-BR']);
    const { actors } = await client.actors({ asOf: '2020-12-31', kind: 'country' });
    expect(actors.map((actor) => actor.id).sort()).toEqual(['BR', 'PL', 'SE']);
    const exposure = await client.exposure({ asOf: '2020-12-31', vendor: 'vendor:huawei' });
    expect(exposure.vendors[0]?.vendorId).toBe('vendor:huawei');
    const timeline = await client.timeline('BR', { asOf: '2021-12-31' });
    expect(JSON.stringify(timeline)).toContain('reversal-BR');
    const trends = await client.trends({ from: '2020-01-01', to: '2021-12-31', interval: 'year' });
    expect(trends.points).toHaveLength(2);
    const page = await client.events({ actor: 'BR' });
    expect(page.events.map((event) => event.id)).toEqual(['pledge-BR', 'reversal-BR']);
  });

  it('pages through the log with allEvents', async () => {
    const pages = [];
    for await (const page of client.allEvents({ limit: 1 })) pages.push(page);
    expect(pages.flatMap((page) => page.events.map((event) => event.id))).toHaveLength(4);
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it('reads a table as CSV', async () => {
    const csv = await client.csv('/v1/membership', { asOf: '2020-12-31' });
    expect(csv.split('\n')[0]).toContain('actorId');
    expect(csv).toContain('PL');
  });
});

describe('createLedgerClient errors', () => {
  it('throws a ProblemError naming the field for a bad asOf', async () => {
    const error = await client.membership({ asOf: '2021-02-30' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    const problem = error as ProblemError;
    expect(problem.status).toBe(400);
    expect(problem.type).toMatch(/^http:\/\/[^/]+\/problems\/invalid-request$/);
    expect(problem.errors.map((field) => field.path)).toContain('asOf');
  });

  it('throws a 404 problem for an actor the ledger does not know', async () => {
    await expect(client.timeline('NZ')).rejects.toMatchObject({
      status: 404,
      name: 'ProblemError',
    });
  });

  it('throws a 401 problem when appending without a token', async () => {
    const anonymous = createLedgerClient({ baseUrl: ledger.url });
    await expect(anonymous.append(pledge('FR', '2020-11-01'))).rejects.toMatchObject({
      status: 401,
    });
  });

  it('throws LedgerUnreachableError when nothing listens', async () => {
    const nowhere = createLedgerClient({ baseUrl: 'http://127.0.0.1:9' });
    await expect(nowhere.membership()).rejects.toBeInstanceOf(LedgerUnreachableError);
  });
});
