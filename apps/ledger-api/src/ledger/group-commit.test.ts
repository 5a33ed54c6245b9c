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
  it('decides writes waiting together in arrival order and appends the accepted ones at once', async () => {
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

    // The reversal was decided against the state the pledge before it leaves.
    expect(first).toMatchObject({ status: 'fulfilled', value: { replayed: false } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { replayed: false } });
    const position = (result: typeof first, at = 0) =>
      result.status === 'fulfilled' ? result.value.stored[at]!.position : -1;
    expect([position(first), position(second), position(batch), position(batch, 1)]).toEqual([
      0, 1, 2, 3,
    ]);
    // The same id again within the group: answered after it, as a replay of the original.
    expect(repeat).toMatchObject({ status: 'fulfilled', value: { replayed: true } });
    expect(position(repeat)).toBe(0);
    // A refused write gets its own error and holds up nobody.
    expect(refused.status).toBe('rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(DomainRuleViolated);

    const groups = (await metrics.appendGroupSize.get()).values;
    expect(groups.find((value) => value.metricName?.endsWith('_count'))?.value).toBe(1);
    expect(groups.find((value) => value.metricName?.endsWith('_sum'))?.value).toBe(3);
    expect(engine.appliedUntil).toBe(4);
  });
});
