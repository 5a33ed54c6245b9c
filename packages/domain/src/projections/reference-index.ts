import { actorKindOf, type ActorKind } from '../events/actor-ids.js';
import { placedDayNumber } from '../time/partial-date.js';
import { yearFiguresLookup, type Figure, type YearFigures } from './figures.js';
import type { ReferenceData } from './reference-data.js';

/** What the reference data says about one actor, looked up once. */
export interface ActorReference {
  readonly kind: ActorKind;
  readonly name: string | undefined;
  /** Operators only. */
  readonly subscribers: { readonly count: number; readonly year: number } | undefined;
}

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
  /** A country's GDP figures by year, for callers that read the same country for many years. */
  gdpFigures(country: string): YearFigures | undefined;
  /** A country's mobile subscriptions by year. */
  subscriptionFigures(country: string): YearFigures | undefined;
  /** GDP summed over the reference countries with a figure for `year` (cached per year). */
  worldGdp(year: number): number;
  /** Kind, reference name and subscribers of an actor (cached: queries ask for thousands). */
  actor(actorId: string): ActorReference;
}

export function indexReference(data: ReferenceData): ReferenceIndex {
  const countryNames = new Map(data.countries.map((country) => [country.code, country.name]));
  const operators = new Map(data.operators.map((operator) => [operator.id, operator]));
  const companies = new Map(data.companies.map((company) => [company.id, company]));
  const blocNames = new Map(data.blocs.map((bloc) => [bloc.id, bloc.name]));
  const actors = new Map<string, ActorReference>();
  const gdpFigures = yearFiguresLookup(data.gdpUsd);
  const subscriptionFigures = yearFiguresLookup(data.mobileSubscriptions);
  const countryCodes = data.countries.map((country) => country.code);
  const worldGdpByYear = new Map<number, number>();
  const worldGdp = (year: number): number => {
    let world = worldGdpByYear.get(year);
    if (world === undefined) {
      world = 0;
      for (const code of countryCodes) world += gdpFigures(code)?.at(year)?.value ?? 0;
      worldGdpByYear.set(year, world);
    }
    return world;
  };
  const actor = (actorId: string): ActorReference => {
    let known = actors.get(actorId);
    if (known === undefined) {
      const operator = operators.get(actorId);
      const subscribers = operator?.subscribers;
      known = {
        kind: actorKindOf(actorId),
        name:
          countryNames.get(actorId) ??
          operator?.name ??
          companies.get(actorId)?.name ??
          blocNames.get(actorId),
        subscribers:
          subscribers === undefined
            ? undefined
            : { count: subscribers.count, year: subscribers.year },
      };
      actors.set(actorId, known);
    }
    return known;
  };
  return {
    data,
    countryCodes,
    countryNames,
    operators,
    companies,
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
    blocNames,
    untrustedVendors: data.vendors
      .filter((vendor) => vendor.trust === 'untrusted')
      .map((vendor) => vendor.id),
    gdp: (country, year) => gdpFigures(country)?.at(year),
    subscriptions: (country, year) => subscriptionFigures(country)?.at(year),
    gdpFigures,
    subscriptionFigures,
    worldGdp,
    actor,
  };
}
