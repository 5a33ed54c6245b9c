import type { ProposedEvent } from '@cleannet/domain';
import { reversal } from './build.js';
import { DOC, STRIPPED_YEAR_NOTE } from './documents.js';

/** Commitments walked back: Brazil, and the clean telcos that kept Huawei. */
export const reversals: readonly ProposedEvent[] = [
  reversal({
    id: 'reversal-br-2021',
    subject: 'BR',
    effectiveAt: '2021',
    source: {
      document: DOC.strippedArticle,
      quote:
        'following end us president donald trumps term january president brazil trump ally jair bolsonaro reversed course allowed huawei participate brazils auction',
      confidence: 'medium',
      note: "After the end of President Trump's term in January 2021 (000: Biden's inauguration on January 20, 2021). That is the only bound the text gives: 001's numerals are stripped and no document states the year or month of the reversal, so 2021 is the year of the earliest possible day, not a year the text states. 003 [85] and 001 (Gu): 'several of the countries listed in the Clean Network already broken their commitments'.",
    },
    data: {
      target: { kind: 'pledge' },
      extent: 'full',
      vendorsReadmitted: ['vendor:huawei'],
      note: "Huawei allowed to take part in Brazil's 5G auction.",
    },
  }),
  reversal({
    id: 'reversal-telefonica-2021',
    subject: 'operator:telefonica',
    effectiveAt: '2021',
    source: {
      document: DOC.encyclopedia,
      refs: ['52'],
      quote:
        "some signatories like Spain's Telefónica retaining Huawei equipment despite initial pledges",
      confidence: 'low',
      note: `001: 'june spanish government granted huawei security clearance working telef贸nica building core' (June, year lost; the text does not say whether the clearance came before or after Telefónica's pledge of June 24, 2020 (000 [3])). ${STRIPPED_YEAR_NOTE}`,
    },
    data: {
      target: { kind: 'pledge' },
      extent: 'partial',
      vendorsReadmitted: ['vendor:huawei'],
      partsReadmitted: ['core'],
    },
  }),
  reversal({
    id: 'reversal-telefonica-deutschland-2021',
    subject: 'operator:telefonica-deutschland',
    effectiveAt: '2021',
    source: {
      document: DOC.strippedArticle,
      quote:
        'telef贸nica germany announced would continue cooperate huawei noncore networks alongside ericsson core',
      confidence: 'low',
      note: `Its parent had said Telefónica Deutschland would soon be without untrusted vendors (002). ${STRIPPED_YEAR_NOTE}`,
    },
    data: {
      target: { kind: 'pledge' },
      extent: 'partial',
      vendorsReadmitted: ['vendor:huawei'],
      partsReadmitted: ['ran'],
    },
  }),
];
