import { referenceData } from '@cleannet/dataset';

export interface NamedActor {
  id: string;
  name: string;
}

/**
 * The ledger's country table (ISO 3166-1 alpha-2, numeric and common names,
 * plus Kosovo), the same one the service computes with. The map's alpha-2 to
 * numeric bridge is built from it, so no second table exists.
 */
export const referenceCountries: readonly { code: string; numeric: string | null; name: string }[] =
  referenceData.countries;

/** Names of operators, companies, vendors and blocs, for actors whose events carry none. */
export const referenceNames: readonly NamedActor[] = [
  ...referenceData.operators,
  ...referenceData.companies,
  ...referenceData.vendors,
  ...referenceData.blocs,
].map(({ id, name }) => ({ id, name }));
