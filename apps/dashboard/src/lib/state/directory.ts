import type { ActorSummary } from '../api/types.ts';
import { createIsoLookup, type IsoLookup } from '../geo/isoNumeric.ts';

/** Who is who: names for ids, the ledger's countries, and their map shapes. */
export interface Directory {
  readonly actors: readonly ActorSummary[];
  readonly countries: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly lookup: IsoLookup;
  nameOf(actorId: string): string;
}

export function createDirectory(actors: readonly ActorSummary[]): Directory {
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const countryActors = actors.filter((actor) => actor.kind === 'country');
  return {
    actors,
    countries: countryActors.map((actor) => actor.id),
    names,
    lookup: createIsoLookup(
      countryActors.map((actor) => ({ code: actor.id, numeric: actor.numeric ?? null })),
    ),
    nameOf: (actorId) => names.get(actorId) ?? actorId,
  };
}
