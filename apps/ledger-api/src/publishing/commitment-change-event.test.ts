import type { CommitmentChange } from '@cleannet/domain';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_CHANGE_TYPE, changeIdOf, toCloudEvent } from './commitment-change-event.js';

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
  it('carries its change id, the actor as subject and the change as data', () => {
    const id = '1204.0.0123456789abcdef';
    const event = toCloudEvent({ id, position: 1204, change }, '2026-01-01T00:00:00.000Z');
    expect(event).toEqual({
      specversion: '1.0',
      id,
      type: COMMITMENT_CHANGE_TYPE,
      source: '/cleannet/ledger',
      subject: 'BR',
      time: '2026-01-01T00:00:00.000Z',
      datacontenttype: 'application/json',
      data: change,
    });
    expect(changeIdOf(Buffer.from(JSON.stringify(event)))).toBe(id);
  });

  it('reads no change id from records the publisher did not write', () => {
    expect(changeIdOf(null)).toBeUndefined();
    expect(changeIdOf('not json')).toBeUndefined();
    expect(changeIdOf(JSON.stringify({ type: 'other', id: '7' }))).toBeUndefined();
    expect(changeIdOf(JSON.stringify({ type: COMMITMENT_CHANGE_TYPE, id: 7 }))).toBeUndefined();
  });
});
