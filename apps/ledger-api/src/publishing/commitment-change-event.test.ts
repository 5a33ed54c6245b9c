import type { CommitmentChange } from '@cleannet/domain';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_CHANGE_TYPE, sequenceOf, toCloudEvent } from './commitment-change-event.js';

const change: CommitmentChange = {
  actorId: 'BR',
  effectiveOn: '2021-01-29',
  effectivePrecision: 'day',
  causeEventId: 'reversal-br',
  causeType: 'CommitmentReversed',
  source: { document: 'source.txt', confidence: 'medium' },
  dimension: 'commitment',
  before: 'member',
  after: 'reversed',
  regression: true,
};

describe('a commitment change as a CloudEvent', () => {
  it('carries its sequence as the id, the actor as subject and the change as data', () => {
    const event = toCloudEvent({ sequence: 42, change }, '2026-01-01T00:00:00.000Z');
    expect(event).toEqual({
      specversion: '1.0',
      id: '42',
      type: COMMITMENT_CHANGE_TYPE,
      source: '/cleannet/ledger',
      subject: 'BR',
      time: '2026-01-01T00:00:00.000Z',
      datacontenttype: 'application/json',
      sequence: 42,
      data: change,
    });
    expect(sequenceOf(Buffer.from(JSON.stringify(event)))).toBe(42);
  });

  it('reads no sequence from records the publisher did not write', () => {
    expect(sequenceOf(null)).toBeUndefined();
    expect(sequenceOf('not json')).toBeUndefined();
    expect(sequenceOf(JSON.stringify({ type: 'other', id: '7' }))).toBeUndefined();
    expect(sequenceOf(JSON.stringify({ type: COMMITMENT_CHANGE_TYPE, id: 'x' }))).toBeUndefined();
  });
});
