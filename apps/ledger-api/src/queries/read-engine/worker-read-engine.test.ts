import { curatedHistory, referenceData } from '@cleannet/dataset';
import { indexReference, nameOf, type LedgerEvent } from '@cleannet/domain';
import { createLedgerIndex } from '@cleannet/ledger-index';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { pledge } from '../../testing/sample-events.js';
import { serialiseAnswer } from '../answer-cache/serialise-answer.js';
import { computeAnswer, type AnswerSource } from './compute-answer.js';
import type { ReadEngine } from './read-engine.port.js';
import type { ReadRequest } from './read-request.js';
import { createTrendPointCache } from './trend-points.js';
import { createWorkerReadEngine } from './worker-read-engine.js';

let clock = Date.parse('2026-01-01T00:00:00Z');
const recorded = (event: object) =>
  ({ ...event, recordedAt: new Date((clock += 1000)).toISOString() }) as unknown as LedgerEvent;

const requests: ReadRequest[] = [
  { route: 'membership', query: { asOf: '2021-06-30' }, csv: false },
  { route: 'membership', query: { asOf: '2021-06-30' }, csv: true },
  { route: 'exposure', query: { asOf: '2022-01-01' }, vendor: 'vendor:huawei', csv: false },
  { route: 'regressions', query: { asOf: '2023-01-01' }, csv: false },
  {
    route: 'actors',
    query: { asOf: '2021-01-01', knownAt: '2026-01-01T00:01:00.000Z' },
    csv: false,
  },
  { route: 'timeline', actorId: 'BR', query: { asOf: '2022-01-01' }, csv: false },
  { route: 'trends', from: '2019-01-01', to: '2023-01-01', interval: 'quarter', csv: false },
];

/** The same events on this thread: what each answer must be, byte for byte. */
function localSource(): AnswerSource & { feed(event: LedgerEvent): void } {
  const index = createLedgerIndex(referenceData);
  const names = indexReference(referenceData);
  const trendPoints = createTrendPointCache(index);
  return {
    index,
    trendPoints,
    nameOf: (actorId) => nameOf(names, actorId),
    feed(event) {
      index.apply(event);
      trendPoints.observe(event);
    },
  };
}

describe('the worker read engine', () => {
  let engine: ReadEngine | undefined;
  afterEach(async () => {
    await engine?.close();
  });

  it('answers with the bytes the main thread would compute, and sees every event observed before a read', async () => {
    const reads = createWorkerReadEngine({ logger: pino({ level: 'silent' }) });
    engine = reads;
    const local = localSource();
    for (const event of curatedHistory.map(recorded)) {
      local.feed(event);
      reads.observe(event);
    }
    for (const request of requests) {
      const expected = serialiseAnswer(computeAnswer(local, request), request.csv);
      const answer = await reads.answer(request);
      expect(answer.contentType).toBe(expected.contentType);
      expect(answer.body.equals(expected.body)).toBe(true);
    }
    // Observed and read in the same tick: the read is still answered after the event.
    const late = recorded(pledge('operator:late', 'late-1', '2021-06-01'));
    local.feed(late);
    reads.observe(late);
    const membership = await reads.answer(requests[0]!);
    expect(membership.body.toString()).toContain('operator:late');
    expect(
      membership.body.equals(serialiseAnswer(computeAnswer(local, requests[0]!), false).body),
    ).toBe(true);
  });

  it('refuses reads once closed', async () => {
    const reads = createWorkerReadEngine({ logger: pino({ level: 'silent' }) });
    await reads.close();
    await expect(reads.answer(requests[0]!)).rejects.toThrow(/shutting down/);
  });
});
