import { referenceData } from '@cleannet/dataset';
import { createLedgerIndex, type LedgerEvent, type ReferenceData } from '@cleannet/domain';
import { expect } from 'vitest';
import { getJson } from './http.js';
import type { StoredRecord } from './stored-log.js';

/** Valid-time dates the answers are compared at: before, during and after the history. */
export const COMPARISON_DAYS = ['2019-06-30', '2020-12-31', '2021-06-30', '2023-01-01'] as const;

/**
 * The running service's projections equal a fresh replay of the log: a new
 * domain index fed every stored event, in log order, with the same reference
 * data, must give the same membership, exposure and regressions answers.
 */
export async function expectProjectionsEqualReplay(
  baseUrl: string,
  records: readonly StoredRecord[],
  token?: string,
): Promise<void> {
  const index = createLedgerIndex(referenceData as unknown as ReferenceData);
  for (const record of records) index.apply(record.event as unknown as LedgerEvent);
  for (const asOf of COMPARISON_DAYS) {
    const query = { asOf };
    const [membership, exposure, regressions] = await Promise.all([
      getJson(baseUrl, `/v1/membership?asOf=${asOf}`, token),
      getJson(baseUrl, `/v1/exposure?asOf=${asOf}`, token),
      getJson(baseUrl, `/v1/regressions?asOf=${asOf}`, token),
    ]);
    expect(membership, `membership at ${asOf}`).toEqual(roundTrip(index.membership(query)));
    expect(exposure, `exposure at ${asOf}`).toEqual(roundTrip(index.exposure(query)));
    expect(regressions, `regressions at ${asOf}`).toEqual(
      roundTrip(regressionsAnswer(index.regressions(query), asOf)),
    );
  }
}

function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function regressionsAnswer(changes: unknown[], asOf: string): unknown {
  return { asOf, regressions: changes };
}
