import { describe, expect, it } from 'vitest';
import { referenceData } from './index.js';

const codes = new Set(referenceData.countries.map((country) => country.code));

describe('countries', () => {
  it('lists the 249 assigned ISO 3166-1 codes plus Kosovo, each once', () => {
    expect(referenceData.countries).toHaveLength(250);
    expect(codes.size).toBe(250);
  });

  it('gives three-digit numeric codes, and none for Kosovo', () => {
    for (const country of referenceData.countries) {
      if (country.code === 'XK') expect(country.numeric).toBeNull();
      else expect(country.numeric).toMatch(/^\d{3}$/);
    }
    const numerics = referenceData.countries
      .map((country) => country.numeric)
      .filter((n) => n !== null);
    expect(new Set(numerics).size).toBe(numerics.length);
  });

  it('uses the names readers look for', () => {
    const name = (code: string) =>
      referenceData.countries.find((country) => country.code === code)?.name;
    expect(name('TW')).toBe('Taiwan');
    expect(name('KR')).toBe('South Korea');
    expect(name('XK')).toBe('Kosovo');
    expect(referenceData.countries.find((country) => country.code === 'BR')?.numeric).toBe('076');
  });
});

describe('blocs', () => {
  const bloc = (id: string) => {
    const found = referenceData.blocs.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`no bloc ${id}`);
    return found;
  };
  const membersOn = (id: string, day: string) =>
    bloc(id).members.filter(
      (member) => member.joined <= day && (member.left === undefined || member.left >= day),
    );

  it('has 27 EU members after the United Kingdom left on 2020-01-31', () => {
    expect(membersOn('bloc:eu', '2020-01-31')).toHaveLength(28);
    expect(membersOn('bloc:eu', '2020-02-01')).toHaveLength(27);
  });

  it('has 30 NATO members in late 2020, 31 with Finland, 32 with Sweden', () => {
    expect(membersOn('bloc:nato', '2020-12-31')).toHaveLength(30);
    expect(membersOn('bloc:nato', '2023-04-04')).toHaveLength(31);
    expect(membersOn('bloc:nato', '2024-03-07')).toHaveLength(32);
  });

  it('has 37 OECD members in 2020 and 38 from Costa Rica', () => {
    expect(membersOn('bloc:oecd', '2020-12-31')).toHaveLength(37);
    expect(membersOn('bloc:oecd', '2021-05-25')).toHaveLength(38);
  });

  it('has twelve Three Seas members in 2020', () => {
    expect(membersOn('bloc:three-seas', '2020-12-31')).toHaveLength(12);
  });

  it('names each table provenance and only known countries', () => {
    for (const row of referenceData.blocs) {
      expect(row.provenance.source).not.toBe('');
      for (const member of row.members) expect(codes).toContain(member.country);
      const countriesInBloc = row.members.map((member) => member.country);
      expect(new Set(countriesInBloc).size).toBe(countriesInBloc.length);
    }
  });
});

describe('figures', () => {
  it.each([
    ['gdpUsd', referenceData.gdpUsd],
    ['mobileSubscriptions', referenceData.mobileSubscriptions],
  ] as const)(
    '%s names its provenance and uses known countries with positive figures',
    (_, table) => {
      expect(table.provenance.source).not.toBe('');
      for (const [country, byYear] of Object.entries(table.byCountry)) {
        expect(codes).toContain(country);
        for (const [year, value] of Object.entries(byYear)) {
          expect(year).toMatch(/^20\d\d$/);
          expect(value).toBeGreaterThan(0);
        }
      }
    },
  );

  it('has GDP for every EU, NATO and OECD member in 2020 and no figure for Taiwan', () => {
    for (const bloc of referenceData.blocs.filter((row) => row.id !== 'bloc:three-seas')) {
      for (const member of bloc.members) {
        expect(
          referenceData.gdpUsd.byCountry[member.country]?.['2020'],
          member.country,
        ).toBeGreaterThan(0);
      }
    }
    expect(referenceData.gdpUsd.byCountry['TW']).toBeUndefined();
  });

  it('keeps the order of magnitude right (United States 2020 about 21.4 trillion US$)', () => {
    expect(referenceData.gdpUsd.byCountry['US']?.['2020']).toBe(21_400_000_000_000);
    expect(referenceData.mobileSubscriptions.byCountry['BR']?.['2020']).toBe(205_000_000);
  });
});

describe('actors', () => {
  it('gives operators, companies and vendors unique ids, known home countries and well-formed slugs', () => {
    const rows = [
      ...referenceData.operators.map((row) => ({
        id: row.id,
        country: row.homeCountry,
        prefix: 'operator:',
      })),
      ...referenceData.companies.map((row) => ({
        id: row.id,
        country: row.homeCountry,
        prefix: 'company:',
      })),
      ...referenceData.vendors.map((row) => ({
        id: row.id,
        country: row.headquarters,
        prefix: 'vendor:',
      })),
    ];
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.id.startsWith(row.prefix)).toBe(true);
      expect(row.id.slice(row.prefix.length)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(codes).toContain(row.country);
    }
  });

  it('classifies Huawei, ZTE and the named PRC cloud providers as untrusted, Ericsson, Nokia and Samsung as trusted', () => {
    const trust = (id: string) => referenceData.vendors.find((vendor) => vendor.id === id)?.trust;
    for (const id of [
      'vendor:huawei',
      'vendor:zte',
      'vendor:alibaba',
      'vendor:baidu',
      'vendor:tencent',
    ]) {
      expect(trust(id)).toBe('untrusted');
    }
    for (const id of ['vendor:ericsson', 'vendor:nokia', 'vendor:samsung'])
      expect(trust(id)).toBe('trusted');
  });
});
