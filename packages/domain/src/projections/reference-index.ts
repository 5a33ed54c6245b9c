import { actorKindOf, type ActorKind } from '../events/actor-ids.js';
import { placedDayNumber } from '../time/partial-date.js';
import { figureLookup, type Figure } from './figures.js';
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
  /** Kind, reference name and subscribers of an actor (cached: queries ask for thousands). */
  actor(actorId: string): ActorReference;
}

export function indexReference(data: ReferenceData): ReferenceIndex {
  const countryNames = new Map(data.countries.map((country) => [country.code, country.name]));
  const operators = new Map(data.operators.map((operator) => [operator.id, operator]));
  const companies = new Map(data.companies.map((company) => [company.id, company]));
  const blocNames = new Map(data.blocs.map((bloc) => [bloc.id, bloc.name]));
  const actors = new Map<string, ActorReference>();
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
    countryCodes: data.countries.map((country) => country.code),
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
    gdp: figureLookup(data.gdpUsd),
    subscriptions: figureLookup(data.mobileSubscriptions),
    actor,
  };
}
