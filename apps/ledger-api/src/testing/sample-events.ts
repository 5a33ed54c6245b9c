/** Proposed events for HTTP tests, written as a caller would send them. */
export function pledge(
  subject: string,
  id = `test-pledge-${subject.toLowerCase()}`,
  effectiveAt = '2020-11-10',
) {
  return {
    id,
    type: 'PledgeMade',
    subject,
    effectiveAt,
    effectivePrecision: 'day',
    schemaVersion: 1,
    source: { document: 'test-source.txt', refs: ['1'], confidence: 'high' },
    data: { instrument: 'statement', programme: 'clean-network' },
  };
}

export function reversal(
  subject: string,
  id = `test-reversal-${subject.toLowerCase()}`,
  effectiveAt = '2021-01-29',
) {
  return {
    id,
    type: 'CommitmentReversed',
    subject,
    effectiveAt,
    effectivePrecision: 'day',
    schemaVersion: 1,
    source: { document: 'test-source.txt', confidence: 'medium' },
    data: { target: { kind: 'pledge' }, extent: 'full', vendorsReadmitted: ['vendor:huawei'] },
  };
}
