import { describe, expect, it } from 'vitest';
import { createLedgerIndex } from './ledger-index.js';
import { pledgeData, proposal, reference, stamp } from '@cleannet/domain/testing';

// changesFor finds a correction's or retraction's log position on the version
// it made, or among the events that changed nothing: these pin that down.

const pledge = stamp(
  proposal('PledgeMade', 'br-pledge', 'BR', '2020-11-10', pledgeData),
  '2024-01-01T00:00:00.000Z',
);
const retraction = stamp(
  proposal('EventRetracted', 'br-retract', 'BR', '2024-01-02', {
    retractedEventId: 'br-pledge',
    reason: 'no such pledge',
  }),
  '2024-01-02T00:00:00.000Z',
);
const lateCorrection = stamp(
  proposal('EventCorrected', 'br-late-fix', 'BR', '2020-12', {
    correctedEventId: 'br-pledge',
    effectiveAt: '2020-12',
    effectivePrecision: 'month',
    reason: 'after the retraction: changes nothing',
  }),
  '2024-01-03T00:00:00.000Z',
);
const orphanCorrection = stamp(
  proposal('EventCorrected', 'xx-fix', 'BR', '2020-12', {
    correctedEventId: 'never-recorded',
    effectiveAt: '2020-12',
    effectivePrecision: 'month',
    reason: 'unknown target',
  }),
  '2024-01-04T00:00:00.000Z',
);

describe('changesFor on corrections and retractions', () => {
  it('reports what a retraction undid, and nothing for events that changed nothing', () => {
    const index = createLedgerIndex(reference);
    [pledge, retraction, lateCorrection, orphanCorrection].forEach(index.apply);
    expect(index.changesFor(retraction)).toMatchObject([
      { actorId: 'BR', dimension: 'commitment', before: 'member', after: 'none' },
    ]);
    expect(index.changesFor(lateCorrection)).toEqual([]);
    expect(index.changesFor(orphanCorrection)).toEqual([]);
  });

  it('refuses an event that was never applied', () => {
    const index = createLedgerIndex(reference);
    index.apply(pledge);
    expect(() => index.changesFor(retraction)).toThrow(/has not been applied/);
  });
});
