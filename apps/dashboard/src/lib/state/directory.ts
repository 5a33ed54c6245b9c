import type { ActorListing } from '../api/types.ts';
import { createIsoLookup, type CountryCode, type IsoLookup } from '../geo/isoNumeric.ts';

/** Who is who: names for ids, the countries the map covers, and their shapes. */
export interface Directory {
  readonly actors: readonly ActorListing[];
  /** Every country of the reference data (alpha-2). */
  readonly countries: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly lookup: IsoLookup;
  nameOf(actorId: string): string;
}

/** Names from the ledger's actors win over the reference names (they are the ones cited). */
export function createDirectory(
  countries: readonly (CountryCode & { name: string })[],
  actors: readonly ActorListing[],
  otherNames: readonly { id: string; name: string }[] = [],
): Directory {
  const names = new Map<string, string>(countries.map((country) => [country.code, country.name]));
  for (const { id, name } of otherNames) names.set(id, name);
  for (const actor of actors) if (actor.name) names.set(actor.id, actor.name);
  return {
    actors,
    countries: countries.map((country) => country.code),
    names,
    lookup: createIsoLookup(countries),
    nameOf: (actorId) => names.get(actorId) ?? actorId,
  };
}
