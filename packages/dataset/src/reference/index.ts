import { blocs } from './blocs.js';
import { companies } from './companies.js';
import { countries } from './countries.js';
import { gdpUsd } from './gdp.js';
import { mobileSubscriptions } from './mobile-subscriptions.js';
import { operators } from './operators.js';
import type { ReferenceData } from './types.js';
import { vendors } from './vendors.js';

export type * from './types.js';
export { COUNTRIES_PROVENANCE } from './countries.js';
export { GDP_YEARS } from './gdp.js';
export { worldTotals, type WorldTotal } from './world-totals.js';

/** The curated reference tables, one value to hand to the domain's projections. */
export const referenceData: ReferenceData = {
  countries,
  gdpUsd,
  mobileSubscriptions,
  blocs,
  operators,
  companies,
  vendors,
};
