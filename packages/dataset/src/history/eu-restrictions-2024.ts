import type { ProposedEvent } from '@cleannet/domain';
import { exclusion } from './build.js';
import { DOC } from './documents.js';

export const EU_RESTRICTIONS_AGGREGATE =
  "eleven EU member states ... invoked the EU's 5G Toolbox to restrict or ban high-risk vendors by mid-2024 (000 [55][56][54])";

/**
 * The members the "eleven EU member states" sentence names, other than
 * Sweden, whose ban has its own event. Whether each restricted or banned is
 * not said, so they are recorded as exclusions of the 5G core: the scope the
 * Three Seas passage gives these same countries (000 [2]).
 */
const NAMED = ['LV', 'LT', 'EE', 'CZ', 'PL', 'RO', 'BG'] as const;

export const euRestrictionsBy2024: readonly ProposedEvent[] = NAMED.map((country) =>
  exclusion({
    id: `exclusion-${country.toLowerCase()}-2024-06`,
    subject: country,
    effectiveAt: '2024-06',
    source: {
      document: DOC.encyclopedia,
      refs: ['55', '56', '54'],
      quote:
        "In Europe, eleven EU member states, including Sweden (ban enacted November 2020 and upheld in June 2023), Latvia, Lithuania, Estonia, Czech Republic, Poland, Romania, and Bulgaria, invoked the EU's 5G Toolbox to restrict or ban high-risk vendors by mid-2024",
      confidence: 'medium',
      derivedFromAggregate: EU_RESTRICTIONS_AGGREGATE,
      note: "'By mid-2024' is an upper bound, recorded as June 2024, the latest month it allows; the sentence does not say when each member acted. The core-5G scope comes from the Three Seas passage: 'committing to exclude high-risk providers such as Huawei and ZTE from core 5G infrastructure' (000 [2]).",
    },
    data: {
      measureId: `${country.toLowerCase()}-2024-eu-toolbox-restriction`,
      vendors: {
        kind: 'criteria',
        description: 'high-risk vendors under the EU 5G Toolbox',
        knownAffected: ['vendor:huawei', 'vendor:zte'],
      },
      scopes: [{ part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } }],
      instrument: 'policy-statement',
    },
  }),
);
