import type { ProposedEvent, ProposedEventOf } from '@cleannet/domain';
import { placeOnTimeline } from '@cleannet/domain';
import { describe, expect, it } from 'vitest';
import { curatedHistory, knownGaps, referenceData } from '../index.js';
import { membersAsOf, reversalsAsOf } from '../testing/replay.js';

const countriesOn = (day: string) => membersAsOf(curatedHistory, day, 'country');
const memberOn = (actor: string, day: string) =>
  countriesOn(day).find((member) => member.actor === actor);

function blocMembersOn(blocId: string, day: string): string[] {
  const bloc = referenceData.blocs.find((row) => row.id === blocId);
  if (bloc === undefined) throw new Error(`no bloc ${blocId}`);
  return bloc.members
    .filter(
      (member) =>
        placeOnTimeline(member.joined) <= day &&
        (member.left === undefined || placeOnTimeline(member.left) >= day),
    )
    .map((member) => member.country);
}

function coverage(blocId: string, day: string) {
  const committed = new Set(countriesOn(day).map((member) => member.actor));
  const members = blocMembersOn(blocId, day);
  return {
    committed: members.filter((country) => committed.has(country)),
    of: members.length,
    missing: members.filter((country) => !committed.has(country)),
  };
}

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

describe('Brazil the 50th and Ecuador the 51st (000 [3], [33]; 002)', () => {
  it('puts Brazil in on 2020-11-10 and not the day before', () => {
    expect(memberOn('BR', '2020-11-09')).toBeUndefined();
    expect(memberOn('BR', '2020-11-10')?.joined).toBe('2020-11-10');
  });

  it('numbers Brazil 50th less the documented number of unnamed earlier members, and Ecuador right after', () => {
    const gap = knownGaps.brazilFiftieth;
    expect(memberOn('BR', '2020-11-30')?.ordinal).toBe(gap.documented - gap.unnamed);
    expect(memberOn('EC', '2020-11-30')?.ordinal).toBe(gap.documented + 1 - gap.unnamed);
  });
});

describe('countries that never join', () => {
  it.each(['2020-12-31', '2021-12-31', '2025-12-31'])(
    'has neither Hungary nor Mexico on %s',
    (day) => {
      expect(memberOn('HU', day)).toBeUndefined();
      expect(memberOn('MX', day)).toBeUndefined();
    },
  );

  it('records no pledge at all by Hungary or Mexico, nor by Chile or Panama, which were only visited', () => {
    const pledgers = new Set(
      curatedHistory
        .filter((candidate) => candidate.type === 'PledgeMade')
        .map((candidate) => candidate.subject),
    );
    for (const country of ['HU', 'MX', 'CL', 'PA']) expect(pledgers.has(country)).toBe(false);
  });
});

describe("Brazil's 2021 reversal (001)", () => {
  it('is a full reversal readmitting Huawei, effective in 2021', () => {
    const reversal = event('reversal-br-2021');
    expect(reversal.type).toBe('CommitmentReversed');
    if (reversal.type !== 'CommitmentReversed') return;
    expect(reversal.data.extent).toBe('full');
    expect(reversal.data.vendorsReadmitted).toEqual(['vendor:huawei']);
    expect(placeOnTimeline(reversal.effectiveAt).slice(0, 4)).toBe('2021');
  });

  it('shows as a regression in 2021 and not before, and takes Brazil out', () => {
    expect(
      reversalsAsOf(curatedHistory, '2020-12-31').map((candidate) => candidate.id),
    ).not.toContain('reversal-br-2021');
    expect(reversalsAsOf(curatedHistory, '2021-12-31').map((candidate) => candidate.id)).toContain(
      'reversal-br-2021',
    );
    expect(memberOn('BR', '2020-12-31')).toBeDefined();
    expect(memberOn('BR', '2021-12-31')).toBeUndefined();
  });

  it('leaves the operators that kept Huawei as members with an exception, not as reversed', () => {
    const operators = membersAsOf(curatedHistory, '2021-12-31', 'operator').map(
      (member) => member.actor,
    );
    expect(operators).toContain('operator:telefonica');
    expect(operators).toContain('operator:telefonica-deutschland');
    const partial = reversalsAsOf(curatedHistory, '2021-12-31').filter(
      (candidate) => candidate.type === 'CommitmentReversed' && candidate.data.extent === 'partial',
    );
    expect(partial.map((candidate) => candidate.subject).sort()).toEqual([
      'operator:telefonica',
      'operator:telefonica-deutschland',
    ]);
  });
});

describe('bloc coverage at the end of 2020', () => {
  it('has 26 of 27 EU members, all but Hungary (000 [18])', () => {
    const eu = coverage('bloc:eu', '2020-12-31');
    expect(eu.of).toBe(27);
    expect(eu.committed).toHaveLength(26);
    expect(eu.missing).toEqual(['HU']);
  });

  it('has 11 of the 12 Three Seas members, all but Hungary (000 [2], [43])', () => {
    const threeSeas = coverage('bloc:three-seas', '2020-12-31');
    expect(threeSeas.of).toBe(12);
    expect(threeSeas.missing).toEqual(['HU']);
  });

  it('has 27 of 30 NATO members less the documented unnamed ones', () => {
    const nato = coverage('bloc:nato', '2020-12-31');
    expect(nato.of).toBe(30);
    expect(nato.committed).toHaveLength(
      knownGaps.natoTwentySevenOfThirty.documented - knownGaps.natoTwentySevenOfThirty.unnamed,
    );
    expect(nato.missing.sort()).toEqual(['HU', 'IS', 'ME', 'NO', 'TR']);
  });

  it('had no EU coverage before the joint statement month', () => {
    expect(coverage('bloc:eu', '2019-12-31').committed).toEqual(['EE']);
  });
});

describe('counts in December 2020', () => {
  it('names "more than 60" countries less the documented unnamed ones', () => {
    const gap = knownGaps.countriesDecember2020;
    expect(countriesOn('2020-12-31')).toHaveLength(gap.documented - gap.unnamed);
  });

  it('names more than 30 countries by late 2020, as 000 says', () => {
    expect(countriesOn('2020-12-31').length).toBeGreaterThan(30);
  });

  it('names 180 clean telcos less the documented unnamed ones', () => {
    const gap = knownGaps.cleanTelcosDecember2020;
    expect(membersAsOf(curatedHistory, '2020-12-31', 'operator')).toHaveLength(
      gap.documented - gap.unnamed,
    );
  });

  it("has the EU, NATO and Three Seas endorsements on the documents' dates", () => {
    const blocs = membersAsOf(curatedHistory, '2020-12-31', 'bloc');
    expect(Object.fromEntries(blocs.map((member) => [member.actor, member.joined]))).toEqual({
      'bloc:eu': '2020-09-30',
      'bloc:three-seas': '2020-10-21',
      'bloc:nato': '2020-10-23',
    });
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
  ])('%s: %s from %s', (id, country, effectiveAt) => {
    const row = measure(id);
    expect(row.subject).toBe(country);
    expect(row.effectiveAt).toBe(effectiveAt);
  });

  it('gives the United Kingdom a 2027 removal deadline and Germany 2026 for the core and 2029 after', () => {
    const deadlines = (id: string) =>
      measure(id).data.scopes.map((scope) => [
        scope.part,
        scope.measure.kind === 'removal' ? scope.measure.deadline : scope.measure.kind,
      ]);
    expect(deadlines('ban-gb-2020-07-14')).toEqual([
      ['whole-network', '2027'],
      ['whole-network', 'no-new-purchases'],
    ]);
    expect(deadlines('ban-de-2024-07')).toEqual([
      ['core', '2026'],
      ['management', '2029'],
    ]);
  });

  it('records Sweden as upheld in June 2023 and never suspended (no document says so)', () => {
    const changes = curatedHistory.filter(
      (candidate) =>
        candidate.type === 'MeasureStatusChanged' &&
        candidate.data.measureId === 'se-2020-5g-auction-conditions',
    );
    expect(
      changes.map((candidate) => [
        candidate.effectiveAt,
        candidate.type === 'MeasureStatusChanged' && candidate.data.change,
      ]),
    ).toEqual([['2023-06', 'upheld']]);
  });

  it('names Huawei and ZTE in every table row but the UK purge and the Entity List, which name Huawei', () => {
    const named = (id: string) => {
      const vendors = measure(id).data.vendors;
      return vendors.kind === 'named' ? vendors.vendorIds : vendors.knownAffected;
    };
    for (const id of [
      'ban-au-2018-08',
      'exclusion-jp-2018-12',
      'ban-de-2024-07',
      'ban-se-2020-11',
    ]) {
      expect(named(id)).toEqual(['vendor:huawei', 'vendor:zte']);
    }
    expect(named('ban-gb-2020-07-14')).toEqual(['vendor:huawei']);
    expect(named('ban-us-2019-05')).toEqual(['vendor:huawei']);
  });
});

describe('EU members restricting high-risk vendors by mid-2024 (000 [55][56][54])', () => {
  it('has the named eight, short of eleven by the documented unnamed ones', () => {
    const eu = new Set(blocMembersOn('bloc:eu', '2024-06-30'));
    const restricting = new Set(
      curatedHistory
        .filter(
          (candidate) => candidate.type === 'BanEnacted' || candidate.type === 'VendorsExcluded',
        )
        .filter(
          (candidate) =>
            eu.has(candidate.subject) && placeOnTimeline(candidate.effectiveAt) <= '2024-06-30',
        )
        .map((candidate) => candidate.subject),
    );
    const gap = knownGaps.euRestrictionsMid2024;
    expect(restricting.size).toBe(gap.documented - gap.unnamed);
    expect([...restricting].sort()).toEqual(['BG', 'CZ', 'EE', 'LT', 'LV', 'PL', 'RO', 'SE']);
  });
});
