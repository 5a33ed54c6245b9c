import { describe, expect, it } from 'vitest';
import { coveredTotal } from './coverage.js';
import { referenceData, worldTotals } from './index.js';
import {
  MOBILE_SUBSCRIPTION_YEARS,
  MOBILE_SUBSCRIPTIONS_MILLIONS,
} from './mobile-subscriptions.js';

const subscriptions = referenceData.mobileSubscriptions;
const codes = new Set(referenceData.countries.map((country) => country.code));

describe('mobile cellular subscriptions (ITU / World Bank IT.CEL.SETS)', () => {
  it('lists known ISO 3166 codes, each once, each with a 2020 figure', () => {
    const countries = Object.keys(subscriptions.byCountry);
    expect(MOBILE_SUBSCRIPTIONS_MILLIONS).toHaveLength(countries.length);
    for (const country of countries) {
      expect(codes, country).toContain(country);
      expect(subscriptions.byCountry[country]?.['2020'], country).toBeGreaterThan(0);
    }
  });

  it('has only positive figures, for years 2018-2023, at no more than 3 significant figures', () => {
    for (const [country, byYear] of Object.entries(subscriptions.byCountry)) {
      for (const [year, value] of Object.entries(byYear)) {
        expect(MOBILE_SUBSCRIPTION_YEARS, `${country} ${year}`).toContain(year);
        expect(value, `${country} ${year}`).toBeGreaterThan(0);
      }
    }
    for (const [country, ...values] of MOBILE_SUBSCRIPTIONS_MILLIONS) {
      for (const value of values) {
        if (value !== null) expect(Number(value.toPrecision(3)), country).toBe(value);
      }
    }
  });

  it.each([
    ['2020', 0.75],
    ['2022', 0.7],
  ] as const)(
    'covers, in %s, at least the share %s of the world total and never more than all of it',
    (year, floor) => {
      const world = worldTotals.mobileSubscriptions.byYear[year];
      if (world === undefined) throw new Error(`no world subscriptions for ${year}`);
      // The floor is under the covered share by less than the United States
      // (about 5%): a missing large market fails it.
      const share = coveredTotal(subscriptions, year) / world;
      expect(share).toBeGreaterThan(floor);
      expect(share).toBeLessThan(1);
    },
  );

  it('names its provenance: the series, the years, and that it was transcribed from memory', () => {
    expect(subscriptions.provenance.source).toContain('IT.CEL.SETS');
    expect(subscriptions.provenance.edition).toContain('2018-2023');
    expect(subscriptions.provenance.note).toMatch(/memory/);
    expect(worldTotals.mobileSubscriptions.provenance.source).toContain('WLD');
  });
});
