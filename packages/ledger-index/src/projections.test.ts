import { describe, expect, it } from 'vitest';
import {
  MARKET_STATUSES,
  replayExposure,
  replayMembership,
  replayRegressions,
  replayTimeline,
  replayTrends,
  type AsOfQuery,
  type LedgerEvent,
} from '@cleannet/domain';
import { history, polandCorrection, proposal, reference, stamp } from '@cleannet/domain/testing';
import { createLedgerIndex } from './ledger-index.js';

/** Every projection is checked through the index and through the replay. */
function both(events: LedgerEvent[]) {
  const index = createLedgerIndex(reference);
  events.forEach(index.apply);
  return [
    {
      name: 'index',
      membership: (q: AsOfQuery) => index.membership(q),
      exposure: (q: AsOfQuery, vendor?: string) => index.exposure(q, vendor),
      regressions: (q: AsOfQuery) => index.regressions(q),
      timeline: (actor: string, q: AsOfQuery) => index.timeline(actor, q),
    },
    {
      name: 'replay',
      membership: (q: AsOfQuery) => replayMembership(events, reference, q),
      exposure: (q: AsOfQuery, vendor?: string) => replayExposure(events, reference, q, vendor),
      regressions: (q: AsOfQuery) => replayRegressions(events, q),
      timeline: (actor: string, q: AsOfQuery) => replayTimeline(events, actor, q),
    },
  ];
}

describe.each(both([...history, polandCorrection]))('projections through the $name', (ledger) => {
  it('counts who was committed at the end of 2020, in join order', () => {
    const membership = ledger.membership({ asOf: '2020-12-31' });
    expect(
      membership.committed.map((actor) => [actor.actorId, actor.joined, actor.ordinal]),
    ).toEqual([
      ['operator:telefonica', '2020-06-30', 1],
      ['PL', '2020-10-31', 2],
      ['BR', '2020-11-10', 3],
      ['SE', '2020-11-30', 4],
    ]);
    expect(membership.counts).toEqual({ country: 3, operator: 1, company: 0, bloc: 0, total: 4 });
    expect(membership.gdp.committedUsd).toBe(1500 + 600 + 540);
    expect(membership.gdp.share).toBeCloseTo((1500 + 600 + 540) / (1500 + 2700 + 540 + 600 + 1300));
    expect(membership.subscribers).toEqual({ covered: 40, operatorsWithFigure: 1 });
  });

  it('places a month-precision pledge at the end of its month', () => {
    expect(
      ledger.membership({ asOf: '2020-11-29' }).committed.map((actor) => actor.actorId),
    ).not.toContain('SE');
    expect(
      ledger.membership({ asOf: '2020-11-30' }).committed.map((actor) => actor.actorId),
    ).toContain('SE');
  });

  it('drops Brazil after its reversal and reports figures from an earlier year', () => {
    const membership = ledger.membership({ asOf: '2021-02-01' });
    expect(membership.committed.map((actor) => actor.actorId)).not.toContain('BR');
    const sweden = membership.committed.find((actor) => actor.actorId === 'SE');
    expect(sweden?.gdpUsd).toEqual({ value: 540, year: 2020 });
  });

  it('lists committed actors without a figure as missing, never as zero', () => {
    const missing = ledger.membership({ asOf: '2020-12-31' }).missing;
    expect(missing.gdp).toEqual([]);
    expect(ledger.membership({ asOf: '2019-12-31' }).committed).toEqual([]);
  });

  it('covers a bloc with its members as of the date', () => {
    const eu2020 = ledger.membership({ asOf: '2020-12-31' }).blocs[0];
    expect(eu2020?.label).toBe('2 of 3');
    expect(eu2020?.uncommittedMembers).toEqual(['ES']);
    const eu2019 = ledger.membership({ asOf: '2019-06-30' }).blocs[0];
    expect(eu2019?.members).toBe(4);
  });

  it('classifies markets for Huawei', () => {
    const huawei = ledger.exposure({ asOf: '2020-12-31' }, 'vendor:huawei').vendors[0];
    const countries = (status: string) =>
      huawei?.byStatus[status as 'open'].markets.map((market) => market.country);
    expect(countries('suspended')).toEqual(['SE']);
    expect(countries('closed')).toEqual(['GB']);
    expect(countries('restricted')).toEqual(['ES']);
    expect(countries('open')).toEqual(['BR', 'PL', 'XK']);
    expect(huawei?.byStatus.closed.gdpUsd).toBe(2700);
    expect(huawei?.byStatus.open.missing.gdp).toEqual(['XK']);
    expect(huawei?.byStatus.open.missing.subscriptions).toEqual(['PL', 'XK']);
  });

  it('sees Sweden closed again once its measure is upheld', () => {
    const zte = ledger.exposure({ asOf: '2021-07-01' }, 'vendor:zte').vendors[0];
    expect(zte?.byStatus.closed.markets.map((market) => market.country)).toEqual(['SE']);
  });

  it('reports every vendor named by a measure or untrusted', () => {
    expect(
      ledger.exposure({ asOf: '2021-07-01' }).vendors.map((vendor) => vendor.vendorId),
    ).toEqual(['vendor:huawei', 'vendor:zte']);
  });

  it('lists regressions with the status before and after', () => {
    const regressions = ledger.regressions({ asOf: '2021-12-31' });
    expect(
      regressions.map((change) => [
        change.actorId,
        change.before,
        change.after,
        change.causeEventId,
      ]),
    ).toEqual([
      ['SE', 'active', 'suspended', 'se-suspended'],
      ['BR', 'member', 'reversed', 'br-reversal'],
    ]);
    expect(ledger.regressions({ asOf: '2020-12-31' })).toHaveLength(1);
  });

  it('tells an actor story with sources', () => {
    const brazil = ledger.timeline('BR', { asOf: '2022-01-01' });
    expect(brazil.events.map((event) => [event.eventId, event.effectiveOn])).toEqual([
      ['br-pledge', '2020-11-10'],
      ['br-reversal', '2021-01-31'],
    ]);
    expect(brazil.changes.map((change) => change.after)).toEqual(['member', 'reversed']);
    expect(brazil.status.commitment).toBe('reversed');
    expect(brazil.events[0]?.source.document).toBe('test-document.txt');
  });

  it('applies a correction only for queries that know of it', () => {
    const before = { asOf: '2020-09-30', knownAt: '2024-01-31T00:00:00.000Z' };
    expect(ledger.membership(before).committed.map((actor) => actor.actorId)).toContain('PL');
    expect(
      ledger.membership({ asOf: '2020-09-30' }).committed.map((actor) => actor.actorId),
    ).not.toContain('PL');
    const poland = ledger.timeline('PL', { asOf: '2021-01-01' });
    expect(poland.events[0]?.correctedBy).toBe('pl-fix');
  });

  it('sees nothing recorded after knownAt', () => {
    expect(
      ledger.membership({ asOf: '2022-01-01', knownAt: '2023-12-31T00:00:00.000Z' }).committed,
    ).toEqual([]);
  });
});

describe('trends', () => {
  it('gives the same series through the index and the replay', () => {
    const index = createLedgerIndex(reference);
    history.forEach(index.apply);
    const query = { from: '2020-06-15', to: '2021-03-15', interval: 'quarter' as const };
    const series = index.trends(query);
    expect(series.map((point) => point.asOf)).toEqual([
      '2020-06-30',
      '2020-09-30',
      '2020-12-31',
      '2021-03-15',
    ]);
    expect(series.map((point) => point.members.total)).toEqual([1, 2, 4, 3]);
    expect(series).toEqual(replayTrends(history, reference, query));
  });

  it('weights each vendor series by mobile subscriptions as well as GDP', () => {
    const index = createLedgerIndex(reference);
    history.forEach(index.apply);
    const [point] = index.trends({
      from: '2021-03-15',
      to: '2021-03-15',
      vendorId: 'vendor:huawei',
    });
    const vendor = index.exposure({ asOf: '2021-03-15' }, 'vendor:huawei').vendors[0]!;
    expect(point?.exposure[0]?.subscriptionsShare).toEqual(
      Object.fromEntries(
        MARKET_STATUSES.map((status) => [status, vendor.byStatus[status].subscriptionsShare]),
      ),
    );
    expect(Object.values(point?.exposure[0]?.subscriptionsShare ?? {})).toContainEqual(
      expect.any(Number),
    );
  });
});

describe('changes an applied event causes', () => {
  it('derives commitment changes with the regression flag', () => {
    const index = createLedgerIndex(reference);
    history.forEach(index.apply);
    const reversal = history.find((event) => event.id === 'br-reversal') as LedgerEvent;
    expect(index.changesFor(reversal)).toMatchObject([
      {
        actorId: 'BR',
        dimension: 'commitment',
        before: 'member',
        after: 'reversed',
        regression: true,
        effectiveOn: '2021-01-31',
        effectivePrecision: 'month',
      },
    ]);
    const suspension = history.find((event) => event.id === 'se-suspended') as LedgerEvent;
    expect(index.changesFor(suspension)).toMatchObject([
      {
        actorId: 'SE',
        dimension: 'measure',
        measureId: 'se-conditions',
        before: 'active',
        after: 'suspended',
        regression: true,
      },
    ]);
    index.apply(polandCorrection);
    expect(index.changesFor(polandCorrection)).toMatchObject([
      {
        actorId: 'PL',
        before: 'member',
        after: 'none',
        effectiveOn: '2020-09-02',
        causeEventId: 'pl-fix',
      },
    ]);
  });

  it('flags an amendment that narrows a measure as a regression', () => {
    const index = createLedgerIndex(reference);
    history.forEach(index.apply);
    const amendment = stamp(
      proposal('MeasureAmended', 'gb-delay', 'GB', '2022', {
        measureId: 'gb-purge',
        scopes: [
          {
            part: 'whole-network',
            generations: ['5g'],
            measure: { kind: 'removal', deadline: '2029' },
          },
        ],
      }),
      '2024-03-01T00:00:00.000Z',
    );
    index.apply(amendment);
    expect(index.changesFor(amendment)).toMatchObject([
      {
        actorId: 'GB',
        measureId: 'gb-purge',
        before: 'active',
        after: 'active',
        narrowed: true,
        regression: true,
      },
    ]);
    expect(
      index.regressions({ asOf: '2022-12-31' }).map((change) => change.causeEventId),
    ).toContain('gb-delay');
  });
});
