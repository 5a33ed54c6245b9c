import { expect } from 'vitest';
import { startAppenders, waitFor, type AppendOutcome } from './appenders.js';
import { listEvents } from './ledger-events.js';
import { LedgerService } from './ledger-service.js';
import { replayedAnswers, servedAnswers } from './projection-check.js';
import { countIds, type StoredRecord } from './stored-log.js';

export interface CrashCycleResult {
  readonly acknowledged: number;
  readonly refused: number;
  readonly unknown: number;
  readonly unknownStored: number;
}

/**
 * One crash: 20 clients append, the service is killed with SIGKILL after a
 * number of acknowledgements, restarted on the same log, and checked:
 * - every 201 is stored exactly once, no answered error is stored, no id twice;
 * - nothing is stored that no client sent;
 * - the restarted service lists exactly what the log holds;
 * - its projections equal a fresh replay of the log.
 */
export async function crashCycle({
  env,
  prefix,
  killAfterAcks,
  readLog,
}: {
  env: Record<string, string>;
  prefix: string;
  killAfterAcks: number;
  readLog: () => Promise<StoredRecord[]>;
}): Promise<CrashCycleResult> {
  const first = await LedgerService.start({ env });
  const appenders = startAppenders(first.url, { clients: 20, prefix });
  await waitFor(() => appenders.acknowledged() >= killAfterAcks, 60_000, `${killAfterAcks} acks`);
  await first.kill9();
  const outcomes = await appenders.stop();

  const restarted = await LedgerService.start({ env, port: first.port });
  let served: unknown;
  let listed: string[];
  try {
    served = await servedAnswers(restarted.url);
    listed = (await listEvents(restarted.url)).map((event) => event.id);
  } finally {
    await restarted.stop();
  }
  const records = await readLog();
  const counts = countIds(records);

  const byOutcome = classify(outcomes);
  for (const id of byOutcome.acknowledged) expect(counts.get(id), `acknowledged ${id}`).toBe(1);
  for (const id of byOutcome.refused) expect(counts.get(id), `refused ${id}`).toBeUndefined();
  for (const [id, count] of counts) expect(count, `copies of ${id}`).toBe(1);
  const sent = new Set(outcomes.map((outcome) => outcome.id));
  const phantoms = [...counts.keys()].filter((id) => id.startsWith(`${prefix}-`) && !sent.has(id));
  expect(phantoms).toEqual([]);
  expect(listed).toEqual(records.map((record) => record.event.id));
  expect(served).toEqual(replayedAnswers(records));

  expect(byOutcome.acknowledged.length).toBeGreaterThanOrEqual(killAfterAcks);
  return {
    acknowledged: byOutcome.acknowledged.length,
    refused: byOutcome.refused.length,
    unknown: byOutcome.unknown.length,
    unknownStored: byOutcome.unknown.filter((id) => counts.has(id)).length,
  };
}

/**
 * 201: acknowledged. Any other answer but 503: refused (must not be stored).
 * 503 is documented as "not known to be stored" (a lost broker answer), so
 * it counts with the cut connections as unknown.
 */
function classify(outcomes: readonly AppendOutcome[]) {
  const acknowledged: string[] = [];
  const refused: string[] = [];
  const unknown: string[] = [];
  for (const { id, status } of outcomes) {
    if (status === 201) acknowledged.push(id);
    else if (status === 'unknown' || status === 503) unknown.push(id);
    else refused.push(id);
  }
  return { acknowledged, refused, unknown };
}
