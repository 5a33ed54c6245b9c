import type { ProposedEvent } from '@cleannet/domain';
import { aggregateMembers } from './aggregates.js';
import { bans } from './bans.js';
import { blocEndorsements } from './blocs.js';
import { cleanTelcos } from './clean-telcos.js';
import { companyPledges } from './companies.js';
import { euRestrictionsBy2024 } from './eu-restrictions-2024.js';
import { operatorExclusions } from './operator-decisions.js';
import { countryPledges2019to2020 } from './pledges-2019-2020.js';
import { reversals } from './reversals.js';

export { DOC, sourceDocuments, type DocumentFile, type SourceDocument } from './documents.js';
export { EU_AGGREGATE } from './aggregates.js';
export { EU_RESTRICTIONS_AGGREGATE } from './eu-restrictions-2024.js';

/**
 * The curated history in the order the ledger appends it. Log order breaks
 * ties between events placed on the same day, so countries come before the
 * aggregate members of the same year, pledges before the reversals and
 * measures before their status changes.
 */
export const curatedHistory: ProposedEvent[] = [
  ...countryPledges2019to2020,
  ...blocEndorsements,
  ...aggregateMembers,
  ...cleanTelcos,
  ...companyPledges,
  ...bans,
  ...euRestrictionsBy2024,
  ...operatorExclusions,
  ...reversals,
];
