import type { ProposedEvent } from '@cleannet/domain';

const source = { document: 'client-test-source.txt', confidence: 'high' } as const;

/** Proposed events as a recorder would send them. */
export function pledge(subject: string, effectiveAt: string, id = `pledge-${subject}`) {
  return {
    id,
    type: 'PledgeMade',
    subject,
    effectiveAt,
    effectivePrecision: 'day',
    schemaVersion: 1,
    source,
    data: { instrument: 'statement', programme: 'clean-network' },
  } satisfies ProposedEvent;
}

export function reversal(subject: string, effectiveAt: string, id = `reversal-${subject}`) {
  return {
    id,
    type: 'CommitmentReversed',
    subject,
    effectiveAt,
    effectivePrecision: 'day',
    schemaVersion: 1,
    source,
    data: { target: { kind: 'pledge' }, extent: 'full', vendorsReadmitted: ['vendor:huawei'] },
  } satisfies ProposedEvent;
}

export function huaweiBan(subject: string, effectiveAt: string, id = `ban-${subject}`) {
  return {
    id,
    type: 'BanEnacted',
    subject,
    effectiveAt,
    effectivePrecision: 'day',
    schemaVersion: 1,
    source,
    data: {
      measureId: `${subject.toLowerCase()}-huawei-ban`,
      vendors: { kind: 'named', vendorIds: ['vendor:huawei'] },
      scopes: [
        { part: 'whole-network', generations: ['5g'], measure: { kind: 'no-new-purchases' } },
      ],
      instrument: 'law',
    },
  } satisfies ProposedEvent;
}
