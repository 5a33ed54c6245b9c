import { referenceData } from '@cleannet/dataset';
import type { LedgerEvent, ReferenceData } from '@cleannet/domain';
import { createLedgerIndex } from '@cleannet/ledger-index';
import { expect } from 'vitest';
import { getJson } from './http.js';
import type { StoredRecord } from './stored-log.js';

/** Valid-time dates the answers are compared at: before, during and after the history. */
export const COMPARISON_DAYS = ['2019-06-30', '2020-12-31', '2021-06-30', '2023-01-01'] as const;

/** The service's membership, exposure and regressions answers at each comparison day. */
export async function servedAnswers(baseUrl: string, token?: string): Promise<unknown> {
  const answers: Record<string, unknown> = {};
  for (const asOf of COMPARISON_DAYS) {
    const [membership, exposure, regressions] = await Promise.all([
      getJson(baseUrl, `/v1/membership?asOf=${asOf}`, token),
      getJson(baseUrl, `/v1/exposure?asOf=${asOf}`, token),
      getJson(baseUrl, `/v1/regressions?asOf=${asOf}`, token),
    ]);
    answers[asOf] = { membership, exposure, regressions };
  }
  return answers;
}

/**
 * The same answers from a fresh replay: a new domain index fed every stored
 * event in log order, with the reference data the service uses.
 */
export function replayedAnswers(records: readonly StoredRecord[]): unknown {
  const index = createLedgerIndex(referenceData as unknown as ReferenceData);
  for (const record of records) index.apply(record.event as unknown as LedgerEvent);
  const answers: Record<string, unknown> = {};
  for (const asOf of COMPARISON_DAYS) {
    const query = { asOf };
    answers[asOf] = {
      membership: index.membership(query),
      exposure: index.exposure(query),
      regressions: { asOf, regressions: index.regressions(query) },
    };
  }
  return JSON.parse(JSON.stringify(answers)) as unknown;
}

/** The running service's projections equal a fresh replay of `records`. */
export async function expectProjectionsEqualReplay(
  baseUrl: string,
  records: readonly StoredRecord[],
  token?: string,
): Promise<void> {
  expect(await servedAnswers(baseUrl, token)).toEqual(replayedAnswers(records));
}
