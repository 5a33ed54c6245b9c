import { describe, expect, it } from 'vitest';
import { coveredTotal } from './coverage.js';
import { GDP_AMERICAS_BILLIONS } from './gdp-americas.js';
import { GDP_ASIA_PACIFIC_BILLIONS } from './gdp-asia-pacific.js';
import { GDP_EUROPE_BILLIONS } from './gdp-europe.js';
import { GDP_MIDDLE_EAST_AFRICA_BILLIONS } from './gdp-middle-east-africa.js';
import { GDP_YEARS, referenceData, worldTotals } from './index.js';

const gdp = referenceData.gdpUsd;
const codes = new Set(referenceData.countries.map((country) => country.code));
const rows = [
  ...GDP_EUROPE_BILLIONS,
  ...GDP_AMERICAS_BILLIONS,
  ...GDP_ASIA_PACIFIC_BILLIONS,
  ...GDP_MIDDLE_EAST_AFRICA_BILLIONS,
];

describe('GDP (World Bank NY.GDP.MKTP.CD)', () => {
  it('covers over 130 economies, each an ISO 3166 code listed once', () => {
    const countries = Object.keys(gdp.byCountry);
    expect(countries.length).toBeGreaterThanOrEqual(130);
    expect(rows).toHaveLength(countries.length);
    for (const country of countries) expect(codes, country).toContain(country);
  });

  it('has only positive figures, for years 2018-2023', () => {
    for (const [country, byYear] of Object.entries(gdp.byCountry)) {
      expect(Object.keys(byYear).length, country).toBeGreaterThan(0);
      for (const [year, value] of Object.entries(byYear)) {
        expect(GDP_YEARS, `${country} ${year}`).toContain(year);
        expect(value, `${country} ${year}`).toBeGreaterThan(0);
      }
    }
  });

  it('is transcribed at no more than 3 significant figures', () => {
    for (const [country, ...values] of rows) {
      for (const value of values) {
        if (value === null) continue;
        expect(Number(value.toPrecision(3)), country).toBe(value);
      }
    }
  });

  it.each(GDP_YEARS)(
    'sums, in %s, to within a few per cent of the World Bank world total',
    (year) => {
      const world = worldTotals.gdpUsd.byYear[year];
      if (world === undefined) throw new Error(`no world GDP for ${year}`);
      const share = coveredTotal(gdp, year) / world;
      // Below: a missing large economy (even Korea or Spain, about 1.6%) drops the
      // sum under the floor once the known omissions (about 2%) are counted.
      expect(share).toBeGreaterThan(0.965);
      expect(share).toBeLessThan(1.01);
    },
  );

  it('has a figure for every EU, NATO and OECD member in every year, and none for Taiwan', () => {
    for (const bloc of referenceData.blocs.filter((row) => row.id !== 'bloc:three-seas')) {
      for (const member of bloc.members) {
        for (const year of GDP_YEARS) {
          expect(
            gdp.byCountry[member.country]?.[year],
            `${member.country} ${year}`,
          ).toBeGreaterThan(0);
        }
      }
    }
    expect(gdp.byCountry['TW']).toBeUndefined();
  });

  it('keeps the magnitudes right (United States, China, India, Germany)', () => {
    expect(gdp.byCountry['US']?.['2020']).toBe(21_400_000_000_000);
    expect(gdp.byCountry['CN']?.['2023']).toBe(17_800_000_000_000);
    expect(gdp.byCountry['IN']?.['2022']).toBe(3_350_000_000_000);
    expect(gdp.byCountry['DE']?.['2023']).toBe(4_460_000_000_000);
  });

  it('names its provenance: the WDI series, the years, and that it was transcribed from memory', () => {
    expect(gdp.provenance.source).toContain('NY.GDP.MKTP.CD');
    expect(gdp.provenance.edition).toContain('2018-2023');
    expect(gdp.provenance.note).toMatch(/memory/);
    expect(gdp.provenance.note).toMatch(/3 significant figures/);
    expect(worldTotals.gdpUsd.provenance.source).toContain('WLD');
  });
});
