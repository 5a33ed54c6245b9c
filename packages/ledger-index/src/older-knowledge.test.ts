import { describe, expect, it } from 'vitest';
import { createLedgerIndex } from './ledger-index.js';
import type { LedgerEvent } from '@cleannet/domain';
import { pledgeData, proposal, reference, stamp } from '@cleannet/domain/testing';

// As known at an older knownAt, a fact that was corrected later stands where
// it stood then: among the facts of its day, in log order, whether those
// facts were corrected since or not.

const pledge = stamp(
  proposal('PledgeMade', 'br-pledge', 'BR', '2021-06-01', pledgeData),
  '2024-01-01T00:00:00.000Z',
);
const reversal = stamp(
  proposal('CommitmentReversed', 'br-reversal', 'BR', '2021-06-01', {
    target: { kind: 'pledge' },
    extent: 'full',
    vendorsReadmitted: [],
  }),
  '2024-01-02T00:00:00.000Z',
);
/** A correction, recorded after both, that moves one of Brazil's facts to another day. */
const moved = (id: string, correctedEventId: string, effectiveAt: string, reason: string) =>
  stamp(
    proposal('EventCorrected', id, 'BR', effectiveAt, {
      correctedEventId,
      effectiveAt,
      effectivePrecision: 'day',
      reason,
    }),
    '2024-01-03T00:00:00.000Z',
  );
const reversalMoved = moved(
  'br-reversal-moved',
  'br-reversal',
  '2021-09-01',
  'the reversal was announced in September',
);

function indexOf(events: LedgerEvent[]) {
  const index = createLedgerIndex(reference);
  for (const event of events) index.apply(event);
  return index;
}

const committedIds = (index: ReturnType<typeof indexOf>, asOf: string, knownAt?: string) =>
  index
    .membership(knownAt === undefined ? { asOf } : { asOf, knownAt })
    .committed.map((entry) => entry.actorId);

describe('an older knownAt', () => {
  it('keeps a fact corrected later after the fact of its day logged before it', () => {
    // Given a pledge and its reversal on one day, the reversal moved to September later on
    const index = indexOf([pledge, reversal, reversalMoved]);
    // When asked as the ledger knew it before the move
    const before = '2024-01-02T12:00:00.000Z';
    // Then the reversal followed the pledge on that day, as logged
    expect(committedIds(index, '2021-07-01', before)).not.toContain('BR');
    // And with today's knowledge Brazil was committed until September
    expect(committedIds(index, '2021-07-01')).toContain('BR');
    expect(committedIds(index, '2021-10-01')).not.toContain('BR');
  });

  it('keeps a fact corrected later before the fact of its day logged after it', () => {
    // Given a pledge moved away from the day of a later reversal
    const pledgeMoved = moved(
      'br-pledge-moved',
      'br-pledge',
      '2021-03-01',
      'the pledge was signed in March',
    );
    const index = indexOf([pledge, reversal, pledgeMoved]);
    // When asked as known before the move, then the pledge came first and was reversed that day
    expect(committedIds(index, '2021-07-01', '2024-01-02T12:00:00.000Z')).not.toContain('BR');
    // When asked as known before the reversal, then Brazil was committed
    expect(committedIds(index, '2021-07-01', '2024-01-01T12:00:00.000Z')).toContain('BR');
    // And today Brazil was committed from March to June
    expect(committedIds(index, '2021-04-01')).toContain('BR');
    expect(committedIds(index, '2021-07-01')).not.toContain('BR');
  });
});
