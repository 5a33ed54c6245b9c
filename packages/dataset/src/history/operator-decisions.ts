import type { ProposedEvent } from '@cleannet/domain';
import { exclusion } from './build.js';
import { DOC, STRIPPED_YEAR_NOTE } from './documents.js';

const PORTUGAL_QUOTE =
  'three major telecommunications providers portugal vodafone nos altice excluded huawei equipment core networks without stated reasons';

/** Operators that excluded Huawei from their core while keeping it elsewhere (001 only). */
export const operatorExclusions: readonly ProposedEvent[] = [
  ...['vodafone-portugal', 'nos', 'altice-portugal'].map((operator) =>
    exclusion({
      id: `exclusion-${operator}-2021`,
      subject: `operator:${operator}`,
      effectiveAt: '2021',
      source: {
        document: DOC.strippedArticle,
        quote: PORTUGAL_QUOTE,
        confidence: 'low',
        note: `${STRIPPED_YEAR_NOTE} 001 adds that the Portuguese government had not banned Huawei ('portuguese government banned huawei noted decisions nothing options impositions', with 'not' stripped).`,
      },
      data: {
        measureId: `${operator}-huawei-core-exclusion`,
        vendors: { kind: 'named', vendorIds: ['vendor:huawei'] },
        scopes: [{ part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } }],
        instrument: 'operator-decision',
      },
    }),
  ),
  exclusion({
    id: 'exclusion-kpn-2021',
    subject: 'operator:kpn',
    effectiveAt: '2021',
    source: {
      document: DOC.strippedArticle,
      quote:
        'netherlands kpn announced struck deal huawei building noncore network well switching ericsson huawei network',
      confidence: 'low',
      note: `${STRIPPED_YEAR_NOTE} Read as: KPN chose Huawei for its non-core network and switched its core from Huawei to Ericsson; the stripped text does not say 'core' for the switch, hence low confidence.`,
    },
    data: {
      measureId: 'kpn-huawei-core-exclusion',
      vendors: { kind: 'named', vendorIds: ['vendor:huawei'] },
      scopes: [{ part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } }],
      instrument: 'operator-decision',
      note: 'Huawei kept in the non-core (radio) network.',
    },
  }),
];
