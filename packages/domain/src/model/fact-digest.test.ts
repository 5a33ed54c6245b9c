import { describe, expect, it } from 'vitest';
import type { Fact } from './fact.js';
import {
  digestOfData,
  factMeasureId,
  factStatusChange,
  measureIdOfData,
  pledgeNames,
  reversesFully,
  reversesPledge,
  UNREAD,
} from './fact-digest.js';

/** A fact with its digest, and the same fact undigested (the fold then reads `data`). */
function both(type: Fact['type'], data: object): [Fact, Fact] {
  const base = { type, data: data as Fact['data'] } as Fact;
  return [
    {
      ...base,
      measureId: measureIdOfData(type, base.data),
      digest: digestOfData(type, base.data),
    },
    { ...base, measureId: undefined, digest: UNREAD },
  ];
}

describe('fact digests', () => {
  it('say what the data says', () => {
    for (const change of ['suspended', 'reinstated', 'upheld', 'lifted'] as const)
      for (const fact of both('MeasureStatusChanged', { measureId: 'm-1', change, by: 'court' })) {
        expect(factStatusChange(fact)).toBe(change);
        expect(factMeasureId(fact)).toBe('m-1');
      }
    for (const extent of ['full', 'partial'] as const) {
      for (const fact of both('CommitmentReversed', {
        target: { kind: 'pledge' },
        extent,
        vendorsReadmitted: [],
      })) {
        expect(reversesPledge(fact)).toBe(true);
        expect(reversesFully(fact)).toBe(extent === 'full');
      }
      for (const fact of both('CommitmentReversed', {
        target: { kind: 'measure', measureId: 'm-2' },
        extent,
        vendorsReadmitted: [],
      })) {
        expect(reversesPledge(fact)).toBe(false);
        expect(reversesFully(fact)).toBe(extent === 'full');
        expect(factMeasureId(fact)).toBe('m-2');
      }
    }
    const [unnamed] = both('PledgeMade', { instrument: 'statement', programme: 'clean-network' });
    expect(pledgeNames(unnamed)).toBeUndefined();
    const named = { instrument: 'statement', programme: 'clean-network', actorName: 'Vivo' };
    for (const fact of both('PledgeMade', named)) expect(pledgeNames(fact)).toBe(fact.data);
    for (const fact of both('MeasureAmended', { measureId: 'm-3', scopes: [] }))
      expect(factMeasureId(fact)).toBe('m-3');
  });
});
