import { describe, expect, it } from 'vitest';
import { commandFor, type CommandMetadata } from './commands.js';
import { given } from '../testing/given-when-then.js';
import { measureData, pledgeData, proposal, stamp } from '../testing/builders.js';
import type { ProposedEvent } from '../events/envelope.js';

const metadata: CommandMetadata = { now: '2024-03-01T10:00:00.000Z', principal: 'analyst' };
const command = (event: ProposedEvent, extra: Partial<CommandMetadata> = {}) =>
  commandFor(event, { ...metadata, ...extra });
const recorded = (event: ProposedEvent) => stamp(event, metadata.now, metadata.principal);
const earlier = (event: ProposedEvent) => stamp(event, '2024-01-01T00:00:00.000Z', 'dataset');

const brPledge = proposal('PledgeMade', 'br-pledge', 'BR', '2020-11', pledgeData);
const brReversal = proposal('CommitmentReversed', 'br-reversal', 'BR', '2021-01', {
  target: { kind: 'pledge' },
  extent: 'full',
  vendorsReadmitted: ['vendor:huawei'],
});
const seBan = proposal(
  'BanEnacted',
  'se-ban',
  'SE',
  '2020-10-20',
  measureData('se-2020-conditions'),
);
const suspend = (id: string, subject = 'SE') =>
  proposal('MeasureStatusChanged', id, subject, '2020-11-09', {
    measureId: 'se-2020-conditions',
    change: 'suspended',
    by: 'court',
  });
const reinstate = proposal('MeasureStatusChanged', 'se-reinstated', 'SE', '2021-06', {
  measureId: 'se-2020-conditions',
  change: 'reinstated',
  by: 'court',
});

describe('pledges', () => {
  it('records a pledge stamped with the ledger clock and principal', () => {
    given()
      .when(command(brPledge))
      .then([recorded(brPledge)]);
  });

  it('refuses a country code that is not assigned', () => {
    const error = given()
      .when(command({ ...brPledge, subject: 'UK' }))
      .thenFails('unknown-country');
    expect(error).toMatchObject({ country: 'UK', path: 'subject' });
  });

  it('checks codes inside the payload too', () => {
    const operator = proposal('PledgeMade', 'op', 'operator:vivo', '2020', {
      ...pledgeData,
      homeCountry: 'ZZ',
    });
    expect(given().when(command(operator)).thenFails('unknown-country')).toMatchObject({
      path: 'data.homeCountry',
    });
  });

  it('accepts Kosovo and Taiwan', () => {
    given()
      .when(command({ ...brPledge, subject: 'XK' }))
      .then([recorded({ ...brPledge, subject: 'XK' })]);
    given()
      .when(command({ ...brPledge, subject: 'TW' }))
      .then([recorded({ ...brPledge, subject: 'TW' })]);
  });
});

describe('idempotency and versions', () => {
  it('treats a retry of the same event as nothing new', () => {
    given(earlier(brPledge)).when(command(brPledge)).thenNothingHappened();
  });

  it('refuses the same id with other content', () => {
    given(earlier(brPledge))
      .when(command({ ...brPledge, effectiveAt: '2020-12' }))
      .thenFails('duplicate-event-id');
  });

  it('checks the expected version of the subject stream', () => {
    given(earlier(brPledge))
      .when(command(brReversal, { expectedVersion: 1 }))
      .then([recorded(brReversal)]);
    const error = given(earlier(brPledge))
      .when(command(brReversal, { expectedVersion: 0 }))
      .thenFails('version-conflict');
    expect(error).toMatchObject({ expected: 0, actual: 1, subject: 'BR' });
  });
});

describe('reversals', () => {
  it('reverses a pledge', () => {
    given(earlier(brPledge))
      .when(command(brReversal))
      .then([recorded(brReversal)]);
  });

  it('refuses to reverse what was never committed', () => {
    given().when(command(brReversal)).thenFails('nothing-to-reverse');
  });

  it('refuses a second full reversal', () => {
    given(earlier(brPledge), earlier(brReversal))
      .when(command({ ...brReversal, id: 'again' }))
      .thenFails('already-reversed');
  });

  it('allows a partial reversal after a partial one, and a new pledge after a full one', () => {
    const partial = { ...brReversal, data: { ...brReversal.data, extent: 'partial' as const } };
    given(earlier(brPledge), earlier(partial))
      .when(command({ ...partial, id: 'br-partial-2' }))
      .then([recorded({ ...partial, id: 'br-partial-2' })]);
    const rejoin = { ...brPledge, id: 'br-rejoin' };
    given(earlier(brPledge), earlier(brReversal))
      .when(command(rejoin))
      .then([recorded(rejoin)]);
  });

  it('refuses to reverse a measure the actor does not own', () => {
    const foreign = proposal('CommitmentReversed', 'x', 'BR', '2021', {
      target: { kind: 'measure', measureId: 'se-2020-conditions' },
      extent: 'full',
      vendorsReadmitted: [],
    });
    given(earlier(seBan)).when(command(foreign)).thenFails('not-measure-owner');
  });
});

describe('measures', () => {
  it('refuses a measure id already used', () => {
    given(earlier(seBan))
      .when(command({ ...seBan, id: 'other', subject: 'FI' }))
      .thenFails('measure-id-taken');
  });

  it('refuses a status change for an unknown measure', () => {
    given()
      .when(command(suspend('s1')))
      .thenFails('unknown-measure');
  });

  it('suspends, then reinstates', () => {
    given(earlier(seBan))
      .when(command(suspend('s1')))
      .then([recorded(suspend('s1'))]);
    given(earlier(seBan), earlier(suspend('s1')))
      .when(command(reinstate))
      .then([recorded(reinstate)]);
  });

  it('refuses to reinstate what is not suspended', () => {
    const error = given(earlier(seBan))
      .when(command(reinstate))
      .thenFails('invalid-status-transition');
    expect(error).toMatchObject({ status: 'active', change: 'reinstated' });
  });

  it('refuses any change after a measure is lifted', () => {
    const lifted = proposal('MeasureStatusChanged', 'lift', 'SE', '2022', {
      measureId: 'se-2020-conditions',
      change: 'lifted',
      by: 'legislature',
    });
    given(earlier(seBan), earlier(lifted))
      .when(command(suspend('s2')))
      .thenFails('measure-ended');
  });

  it('refuses a status change filed under another actor', () => {
    given(earlier(seBan))
      .when(command(suspend('s1', 'FI')))
      .thenFails('not-measure-owner');
  });

  it('amends a live measure only', () => {
    const amendment = proposal('MeasureAmended', 'amend', 'SE', '2021', {
      measureId: 'se-2020-conditions',
      scopes: [
        { part: 'core', generations: ['5g'], measure: { kind: 'removal', deadline: '2025' } },
      ],
    });
    given(earlier(seBan))
      .when(command(amendment))
      .then([recorded(amendment)]);
    given().when(command(amendment)).thenFails('unknown-measure');
  });
});

describe('corrections and retractions', () => {
  const correction = (data: Record<string, unknown>, target = 'br-pledge', subject = 'BR') =>
    proposal('EventCorrected', 'fix', subject, '2020-11', {
      correctedEventId: target,
      reason: 'source',
      ...data,
    });
  const retraction = (target: string, subject = 'BR', id = 'retract') =>
    proposal('EventRetracted', id, subject, '2020-11', {
      retractedEventId: target,
      reason: 'wrong',
    });

  it('corrects a date', () => {
    const fix = correction({ effectiveAt: '2020-11-10', effectivePrecision: 'day' });
    given(earlier(brPledge))
      .when(command(fix))
      .then([recorded(fix)]);
  });

  it('refuses to correct an unknown event', () => {
    given()
      .when(command(correction({ effectiveAt: '2020', effectivePrecision: 'year' })))
      .thenFails('unknown-event');
  });

  it('refuses to correct or retract a retracted event', () => {
    given(earlier(brPledge), earlier(retraction('br-pledge')))
      .when(command(correction({ effectiveAt: '2020', effectivePrecision: 'year' })))
      .thenFails('event-retracted');
    given(earlier(brPledge), earlier(retraction('br-pledge')))
      .when(command(retraction('br-pledge', 'BR', 'again')))
      .thenFails('event-retracted');
  });

  it('refuses to correct an event into another kind, naming the path', () => {
    const error = given(earlier(brPledge))
      .when(command(correction({ data: measureData('m') })))
      .thenFails('kind-mismatch');
    expect(error).toMatchObject({ type: 'PledgeMade' });
    expect(error.message).toMatch(/data\.data/);
  });

  it('refuses a correction that changes a measure id', () => {
    given(earlier(seBan))
      .when(command(correction({ data: measureData('other-id') }, 'se-ban', 'SE')))
      .thenFails('correction-changes-identity');
  });

  it('refuses a correction filed under another subject', () => {
    given(earlier(brPledge))
      .when(
        command(correction({ effectiveAt: '2020', effectivePrecision: 'year' }, 'br-pledge', 'AR')),
      )
      .thenFails('wrong-subject');
  });

  it('refuses to correct a correction', () => {
    const fix = correction({ effectiveAt: '2020', effectivePrecision: 'year' });
    given(earlier(brPledge), earlier(fix))
      .when(
        command({
          ...correction({ effectiveAt: '2021', effectivePrecision: 'year' }, 'fix'),
          id: 'fix2',
        }),
      )
      .thenFails('not-correctable');
  });

  it('sees through a retraction: the reversal of a retracted pledge has nothing to reverse', () => {
    given(earlier(brPledge), earlier(retraction('br-pledge')))
      .when(command(brReversal))
      .thenFails('nothing-to-reverse');
  });

  it('sees through a correction: a pledge reversal corrected to partial can be reversed fully', () => {
    const toPartial = proposal('EventCorrected', 'fix', 'BR', '2021-01', {
      correctedEventId: 'br-reversal',
      data: { ...brReversal.data, extent: 'partial' },
      reason: 'operators kept the RAN',
    });
    const second = { ...brReversal, id: 'br-reversal-2' };
    given(earlier(brPledge), earlier(brReversal), earlier(toPartial))
      .when(command(second))
      .then([recorded(second)]);
  });
});
