import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileLog } from '@cleannet/event-log';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createLedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import { pledge, reversal } from '../testing/sample-events.js';
import { DomainRuleViolated } from './ledger-errors.js';
import { createLedgerEngine, type DraftEvent, type LedgerEngine } from './ledger-engine.js';

let engine: LedgerEngine | undefined;
let dir: string | undefined;

afterEach(async () => {
  await engine?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function startEngine() {
  dir = await mkdtemp(join(tmpdir(), 'ledger-group-commit-'));
  const metrics = createLedgerMetrics();
  const log = await openFileLog<DraftEvent>({ path: join(dir, 'ledger.log') });
  engine = createLedgerEngine({ log, metrics, logger: pino({ level: 'silent' }) });
  await engine.start();
  return { engine, metrics };
}

describe('group commit in the single writer', () => {
  it('appends independent waiting writes at once and defers the ones that depend on them', async () => {
    const { engine, metrics } = await startEngine();
    // Sent in one tick: all wait for the writer together.
    const results = await Promise.allSettled([
      engine.append([pledge('BR')], 'alice'),
      engine.append([reversal('BR')], 'alice'),
      engine.append([pledge('BR')], 'alice'),
      engine.append([reversal('FR')], 'alice'),
      engine.append([pledge('CL'), reversal('CL')], 'alice'),
    ]);
    const [first, second, repeat, refused, batch] = results;

    expect(first).toMatchObject({ status: 'fulfilled', value: { replayed: false } });
    // BR's reversal touches the actor of the pledge before it: it waits for the next group and
    // is decided against the state that pledge leaves (without it, nothing-to-reverse).
    expect(second).toMatchObject({ status: 'fulfilled', value: { replayed: false } });
    const position = (result: typeof first, at = 0) =>
      result.status === 'fulfilled' ? result.value.stored[at]!.position : -1;
    expect([position(first), position(batch), position(batch, 1), position(second)]).toEqual([
      0, 1, 2, 3,
    ]);
    // The same id again within the group: answered after it, as a replay of the original.
    expect(repeat).toMatchObject({ status: 'fulfilled', value: { replayed: true } });
    expect(position(repeat)).toBe(0);
    // A refused write gets its own error and holds up nobody.
    expect(refused.status).toBe('rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(DomainRuleViolated);

    const groups = (await metrics.appendGroupSize.get()).values;
    // Two appends: {BR pledge, CL batch}, then {BR reversal}.
    expect(groups.find((value) => value.metricName?.endsWith('_count'))?.value).toBe(2);
    expect(groups.find((value) => value.metricName?.endsWith('_sum'))?.value).toBe(3);
    expect(engine.appliedUntil).toBe(4);
  });

  it('never lets two waiting writes both take a ledger-wide measure id', async () => {
    const { engine } = await startEngine();
    const exclusion = (id: string, subject: string) => ({
      id,
      type: 'VendorsExcluded',
      subject,
      effectiveAt: '2020-06-01',
      effectivePrecision: 'day',
      schemaVersion: 1,
      source: { document: 'test-source.txt', confidence: 'high' },
      data: {
        measureId: 'shared-measure',
        vendors: { kind: 'named', vendorIds: ['vendor:huawei'] },
        scopes: [{ part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } }],
        instrument: 'procurement-guideline',
      },
    });
    const [first, second] = await Promise.allSettled([
      engine.append([exclusion('exclusion-gb', 'GB')], 'alice'),
      engine.append([exclusion('exclusion-se', 'SE')], 'alice'),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second.status).toBe('rejected');
    expect((second as PromiseRejectedResult).reason).toMatchObject({
      name: 'DomainRuleViolated',
      error: { code: 'measure-id-taken' },
    });
  });
});
