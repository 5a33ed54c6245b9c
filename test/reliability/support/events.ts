/** Proposed events as a recorder would send them (valid by the domain's schema and rules). */
export function pledge(subject: string, id: string, effectiveAt = '2021-03-15') {
  return {
    id,
    type: 'PledgeMade',
    subject,
    effectiveAt,
    effectivePrecision: 'day',
    schemaVersion: 1,
    source: { document: 'reliability-test.txt', refs: ['1'], confidence: 'high' },
    data: { instrument: 'statement', programme: 'clean-network' },
  };
}

/** A reversal for an actor that never pledged: the decider refuses it (422 nothing-to-reverse). */
export function doomedReversal(subject: string, id: string) {
  return {
    id,
    type: 'CommitmentReversed',
    subject,
    effectiveAt: '2021-06-01',
    effectivePrecision: 'day',
    schemaVersion: 1,
    source: { document: 'reliability-test.txt', confidence: 'medium' },
    data: { target: { kind: 'pledge' }, extent: 'full', vendorsReadmitted: ['vendor:huawei'] },
  };
}

/** A day between 2019-01-01 and 2022-12-28 chosen by n, so runs are reproducible. */
export function dayFor(n: number): string {
  const start = Date.UTC(2019, 0, 1);
  return new Date(start + (n % 1456) * 86_400_000).toISOString().slice(0, 10);
}
