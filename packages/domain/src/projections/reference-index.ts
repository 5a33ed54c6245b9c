import { placedDayNumber } from '../time/partial-date.js';
import { figureLookup, type Figure } from './figures.js';
import type { ReferenceData } from './reference-data.js';

/** Reference data arranged for lookups; built once per `ReferenceData`. */
export interface ReferenceIndex {
  readonly data: ReferenceData;
  readonly countryCodes: readonly string[];
  readonly countryNames: ReadonlyMap<string, string>;
  readonly operators: ReadonlyMap<string, ReferenceData['operators'][number]>;
  readonly companies: ReadonlyMap<string, ReferenceData['companies'][number]>;
  readonly blocs: readonly {
    readonly id: string;
    readonly name: string;
    readonly members: readonly { country: string; from: number; until: number }[];
  }[];
  readonly blocNames: ReadonlyMap<string, string>;
  readonly untrustedVendors: readonly string[];
  gdp(country: string, year: number): Figure | undefined;
  subscriptions(country: string, year: number): Figure | undefined;
}

export function indexReference(data: ReferenceData): ReferenceIndex {
  return {
    data,
    countryCodes: data.countries.map((country) => country.code),
    countryNames: new Map(data.countries.map((country) => [country.code, country.name])),
    operators: new Map(data.operators.map((operator) => [operator.id, operator])),
    companies: new Map(data.companies.map((company) => [company.id, company])),
    blocs: data.blocs.map((bloc) => ({
      id: bloc.id,
      name: bloc.name,
      // A member counts from the end of its accession period until the end of its leaving period.
      members: bloc.members.map((member) => ({
        country: member.country,
        from: placedDayNumber(member.joined),
        until: member.left === undefined ? Number.POSITIVE_INFINITY : placedDayNumber(member.left),
      })),
    })),
    blocNames: new Map(data.blocs.map((bloc) => [bloc.id, bloc.name])),
    untrustedVendors: data.vendors
      .filter((vendor) => vendor.trust === 'untrusted')
      .map((vendor) => vendor.id),
    gdp: figureLookup(data.gdpUsd),
    subscriptions: figureLookup(data.mobileSubscriptions),
  };
}
