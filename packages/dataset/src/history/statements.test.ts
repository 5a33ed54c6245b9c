import { placeOnTimeline, type ProposedEvent, type ProposedEventOf } from '@cleannet/domain';
import { describe, expect, it } from 'vitest';
import { curatedHistory, knownGaps } from '../index.js';
import { curatedIndex } from '../testing/ledger.js';

const membership = (asOf: string) => curatedIndex().membership({ asOf });

/** Committed countries in join order, numbered among countries only ("the 50th country"). */
function countriesInJoinOrder(asOf: string): { actorId: string; joined: string; rank: number }[] {
  return membership(asOf)
    .committed.filter((actor) => actor.kind === 'country')
    .map((actor, index) => ({ actorId: actor.actorId, joined: actor.joined, rank: index + 1 }));
}

const country = (actorId: string, asOf: string) =>
  countriesInJoinOrder(asOf).find((member) => member.actorId === actorId);

const coverage = (blocId: string, asOf: string) => {
  const bloc = membership(asOf).blocs.find((candidate) => candidate.blocId === blocId);
  if (bloc === undefined) throw new Error(`no bloc ${blocId}`);
  return bloc;
};

function event(id: string): ProposedEvent {
  const found = curatedHistory.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no event ${id}`);
  return found;
}

function measure(id: string): ProposedEventOf<'BanEnacted' | 'VendorsExcluded'> {
  const found = event(id);
  if (found.type !== 'BanEnacted' && found.type !== 'VendorsExcluded')
    throw new Error(`${id} is not a measure`);
  return found;
}

function huaweiMarket(countryCode: string, asOf: string) {
  const exposure = curatedIndex().exposure({ asOf }, 'vendor:huawei');
  const classes = exposure.vendors[0]?.byStatus;
  if (classes === undefined) throw new Error('no exposure for Huawei');
  for (const [status, statusClass] of Object.entries(classes)) {
    const market = statusClass.markets.find((entry) => entry.country === countryCode);
    if (market !== undefined) return { status, deadline: market.deadline };
  }
  return undefined;
}

describe('Brazil the 50th and Ecuador the 51st (000 [3], [33]; 002)', () => {
  it('puts Brazil in on 2020-11-10 and not the day before', () => {
    expect(country('BR', '2020-11-09')).toBeUndefined();
    expect(country('BR', '2020-11-10')?.joined).toBe('2020-11-10');
  });

  it('ranks Brazil 50th less the documented unnamed earlier members, and Ecuador right after', () => {
    const gap = knownGaps.brazilFiftieth;
    expect(country('BR', '2020-11-30')?.rank).toBe(gap.documented - gap.unnamed);
    expect(country('EC', '2020-11-30')?.rank).toBe(gap.documented + 1 - gap.unnamed);
  });
});

describe('countries that never join', () => {
  it.each(['2020-12-31', '2021-12-31', '2025-12-31'])(
    'has neither Hungary nor Mexico on %s',
    (asOf) => {
      expect(country('HU', asOf)).toBeUndefined();
      expect(country('MX', asOf)).toBeUndefined();
    },
  );

  it('records no pledge by Hungary or Mexico, nor by Chile or Panama, which were only visited', () => {
    const pledgers = new Set(
      curatedHistory
        .filter((candidate) => candidate.type === 'PledgeMade')
        .map((candidate) => candidate.subject),
    );
    for (const code of ['HU', 'MX', 'CL', 'PA']) expect(pledgers.has(code)).toBe(false);
  });
});

describe("Brazil's 2021 reversal (001)", () => {
  it('shows as a regression effective in 2021, not before', () => {
    const regressions = (asOf: string) => curatedIndex().regressions({ asOf });
    expect(regressions('2020-12-31').map((change) => change.actorId)).not.toContain('BR');
    const brazil = regressions('2021-12-31').find((change) => change.actorId === 'BR');
    expect(brazil).toMatchObject({
      causeEventId: 'reversal-br-2021',
      before: 'member',
      after: 'reversed',
      vendorsReadmitted: ['vendor:huawei'],
    });
    expect(brazil?.effectiveOn.slice(0, 4)).toBe('2021');
  });

  it('takes Brazil out of the membership in 2021', () => {
    expect(country('BR', '2020-12-31')).toBeDefined();
    expect(country('BR', '2021-12-31')).toBeUndefined();
  });

  it('keeps the clean telcos that kept Huawei as weakened members, with their own regressions', () => {
    const weakened = membership('2021-12-31')
      .committed.filter((actor) => actor.status === 'weakened')
      .map((actor) => actor.actorId);
    expect(weakened.sort()).toEqual(['operator:telefonica', 'operator:telefonica-deutschland']);
    const regressed = curatedIndex()
      .regressions({ asOf: '2021-12-31' })
      .map((change) => change.actorId);
    expect(regressed).toEqual(
      expect.arrayContaining(['operator:telefonica', 'operator:telefonica-deutschland']),
    );
  });
});

describe('bloc coverage at the end of 2020', () => {
  it('has 26 of 27 EU members, all but Hungary (000 [18])', () => {
    const eu = coverage('bloc:eu', '2020-12-31');
    expect(eu.label).toBe('26 of 27');
    expect(eu.uncommittedMembers).toEqual(['HU']);
  });

  it('has 11 of the 12 Three Seas members, all but Hungary (000 [2], [43])', () => {
    const threeSeas = coverage('bloc:three-seas', '2020-12-31');
    expect(threeSeas.label).toBe('11 of 12');
    expect(threeSeas.uncommittedMembers).toEqual(['HU']);
  });

  it('has 27 of 30 NATO members less the documented unnamed ones', () => {
    const gap = knownGaps.natoTwentySevenOfThirty;
    const nato = coverage('bloc:nato', '2020-12-31');
    expect(nato.label).toBe(`${gap.documented - gap.unnamed} of 30`);
    expect([...nato.uncommittedMembers].sort()).toEqual(['HU', 'IS', 'ME', 'NO', 'TR']);
  });

  it('has the EU, NATO and Three Seas endorsements themselves', () => {
    for (const blocId of ['bloc:eu', 'bloc:nato', 'bloc:three-seas']) {
      expect(coverage(blocId, '2020-12-31').blocCommitted).toBe(true);
    }
    expect(coverage('bloc:oecd', '2020-12-31').blocCommitted).toBe(false);
  });

  it('puts the bloc endorsements on the dates the ledger follows', () => {
    const joined = Object.fromEntries(
      membership('2020-12-31')
        .committed.filter((actor) => actor.kind === 'bloc')
        .map((actor) => [actor.actorId, actor.joined]),
    );
    expect(joined).toEqual({
      'bloc:eu': '2020-09-30',
      'bloc:three-seas': '2020-10-21',
      'bloc:nato': '2020-10-23',
    });
  });
});

describe('December 2020', () => {
  it('names "more than 60" countries less the documented unnamed ones, and more than 30', () => {
    const gap = knownGaps.countriesDecember2020;
    const counts = membership('2020-12-31').counts;
    expect(counts.country).toBe(gap.documented - gap.unnamed);
    expect(counts.country).toBeGreaterThan(30);
  });

  it('names 180 clean telcos less the documented unnamed ones', () => {
    const gap = knownGaps.cleanTelcosDecember2020;
    expect(membership('2020-12-31').counts.operator).toBe(gap.documented - gap.unnamed);
  });

  it('covers about two-thirds of the GDP in the reference table, as the documents say', () => {
    const share = membership('2020-12-31').gdp.share ?? 0;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.7);
  });

  it('reports Taiwan, a member without a World Bank figure, as missing GDP rather than zero', () => {
    expect(membership('2020-12-31').missing.gdp).toContain('TW');
  });
});

describe("the bans table (000, 'Restrictions on Huawei, ZTE, and Chinese Vendors')", () => {
  it.each([
    ['ban-us-2019-05', 'US', '2019-05'],
    ['ban-au-2018-08', 'AU', '2018-08'],
    ['ban-gb-2020-07-14', 'GB', '2020-07-14'],
    ['exclusion-jp-2018-12', 'JP', '2018-12'],
    ['ban-de-2024-07', 'DE', '2024-07'],
    ['ban-se-2020-11', 'SE', '2020-11'],
  ])('%s: %s from %s', (id, subject, effectiveAt) => {
    const row = measure(id);
    expect(row.subject).toBe(subject);
    expect(row.effectiveAt).toBe(effectiveAt);
  });

  it('gives Germany removal deadlines of 2026 for the core and 2029 after', () => {
    const scopes = measure('ban-de-2024-07').data.scopes.map((scope) => [
      scope.part,
      scope.measure.kind === 'removal' ? scope.measure.deadline : scope.measure.kind,
    ]);
    expect(scopes).toEqual([
      ['core', '2026'],
      ['management', '2029'],
    ]);
  });

  it('has the UK phasing Huawei out by 2027 in 2020, barring new purchases from 2021 and closed after 2027', () => {
    expect(huaweiMarket('GB', '2020-12-31')).toEqual({
      status: 'phase-out-pending',
      deadline: '2027-12-31',
    });
    expect(huaweiMarket('GB', '2021-01-01')?.status).toBe('closed');
    expect(huaweiMarket('GB', '2028-01-01')?.status).toBe('closed');
  });

  it('has Germany phasing out with its last deadline ahead in 2025', () => {
    expect(huaweiMarket('DE', '2024-06-30')?.status).toBe('open');
    expect(huaweiMarket('DE', '2025-06-30')).toEqual({
      status: 'phase-out-pending',
      deadline: '2029-12-31',
    });
  });

  it('has Australia and Sweden closed, Japan restricted to the core, Brazil open', () => {
    expect(huaweiMarket('AU', '2018-07-31')?.status).toBe('open');
    expect(huaweiMarket('AU', '2018-08-31')?.status).toBe('closed');
    expect(huaweiMarket('SE', '2020-11-30')?.status).toBe('closed');
    expect(huaweiMarket('JP', '2019-01-01')?.status).toBe('restricted');
    expect(huaweiMarket('BR', '2021-12-31')?.status).toBe('open');
  });

  it('records Sweden as upheld in June 2023 and never suspended (no document says so)', () => {
    const changes = curatedHistory.flatMap((candidate) =>
      candidate.type === 'MeasureStatusChanged' &&
      candidate.data.measureId === 'se-2020-5g-auction-conditions'
        ? [[candidate.effectiveAt, candidate.data.change]]
        : [],
    );
    expect(changes).toEqual([['2023-06', 'upheld']]);
    expect(huaweiMarket('SE', '2023-12-31')?.status).toBe('closed');
  });
});

describe('EU members restricting high-risk vendors by mid-2024 (000 [55][56][54])', () => {
  it('has the named eight, short of eleven by the documented unnamed ones', () => {
    const exposure = curatedIndex().exposure({ asOf: '2024-06-30' }, 'vendor:huawei');
    const classes = exposure.vendors[0]?.byStatus;
    const eu = coverage('bloc:eu', '2024-06-30');
    const euMembers = new Set([...eu.committedMembers, ...eu.uncommittedMembers]);
    const restricting = Object.entries(classes ?? {})
      .filter(([status]) => status !== 'open')
      .flatMap(([, statusClass]) => statusClass.markets.map((market) => market.country))
      .filter((code) => euMembers.has(code));
    const countryMeasures = new Set(
      curatedHistory
        .filter(
          (candidate) => candidate.type === 'BanEnacted' || candidate.type === 'VendorsExcluded',
        )
        .filter((candidate) => /^[A-Z]{2}$/.test(candidate.subject))
        .filter((candidate) => placeOnTimeline(candidate.effectiveAt) <= '2024-06-30')
        .map((candidate) => candidate.subject),
    );
    const governments = restricting.filter((code) => countryMeasures.has(code));
    const gap = knownGaps.euRestrictionsMid2024;
    expect(governments).toHaveLength(gap.documented - gap.unnamed);
    expect([...governments].sort()).toEqual(['BG', 'CZ', 'EE', 'LT', 'LV', 'PL', 'RO', 'SE']);
  });
});
