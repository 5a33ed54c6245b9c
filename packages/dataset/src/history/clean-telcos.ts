import type { ProposedEvent } from '@cleannet/domain';
import { pledge } from './build.js';
import { DOC, STATE_PAGE_YEAR_NOTE } from './documents.js';

const STATE_PAGE_LIST =
  'Orange in France, Jio in India, Telstra in Australia, SK and KT in South Korea, NTT in Japan, and O2 in the United Kingdom are rejecting doing business with tools of the Chinese Communist Party';

const STRIPPED_LIST_NOTE =
  "001 lists the clean telcos right after the December 2020 announcement ('december united states announced nations ... telecom companies publicly committed principles clean'); recorded in 2020 at year precision because 001's numerals are stripped.";

function cleanTelco(
  operator: string,
  effectiveAt: string,
  source: Parameters<typeof pledge>[0]['source'],
  extra: { actorName?: string } = {},
) {
  return pledge({
    id: `pledge-${operator}-${effectiveAt}`,
    subject: `operator:${operator}`,
    effectiveAt,
    source,
    data: { instrument: 'statement', programme: 'clean-telco', ...extra },
  });
}

function listedIn001(operator: string, listed: string): ProposedEvent {
  return pledge({
    id: `pledge-${operator}-2020`,
    subject: `operator:${operator}`,
    effectiveAt: '2020',
    source: {
      document: DOC.strippedArticle,
      quote: `clean telcos include ... ${listed}`,
      confidence: 'medium',
      note: STRIPPED_LIST_NOTE,
    },
    data: { instrument: 'other', programme: 'clean-telco' },
  });
}

/** Operators the documents name as clean telcos, with the date each document allows. */
export const cleanTelcos: readonly ProposedEvent[] = [
  cleanTelco('telefonica', '2020-06-24', {
    document: DOC.encyclopedia,
    refs: ['3'],
    quote:
      "Telecom operators like Spain's Telefónica, which declared a clean 5G network on June 24, 2020",
    confidence: 'high',
    note: "002 quotes CEO José María Álvarez-Pallete López: 'Telefónica is proud to be a 5G Clean Path company.'",
  }),
  cleanTelco('o2-uk', '2020', {
    document: DOC.statePage,
    quote: 'Telefónica Spain and O2 (UK) are fully clean networks',
    confidence: 'high',
    note: `Also in 002's list and in 004 ('O2 in the UK'). ${STATE_PAGE_YEAR_NOTE}`,
  }),
  ...['telefonica-deutschland', 'vivo'].map((operator) =>
    cleanTelco(operator, '2020', {
      document: DOC.statePage,
      quote:
        'Telefónica Deutschland (Germany) and Vivo (Brazil) will be in the near future without equipment from any untrusted vendors.',
      confidence: 'medium',
      note: `${operator === 'vivo' ? "000 [3]: 'Brazil's Vivo, committed to phasing out untrusted gear'. " : ''}A commitment for the near future, not a clean network yet. ${STATE_PAGE_YEAR_NOTE}`,
    }),
  ),
  ...['orange', 'reliance-jio'].map((operator) =>
    cleanTelco(operator, '2020', {
      document: DOC.encyclopedia,
      refs: ['18'],
      quote:
        'By late 2020, initial telco partners included major carriers like Orange in France and Reliance in India',
      confidence: 'high',
      note: 'Also named by 002 and 004 (\'Orange in France, Reliance in India and O2 in the UK, are also becoming "clean telcos"\').',
    }),
  ),
  ...['telstra', 'sk-telecom', 'kt', 'ntt-docomo'].map((operator) =>
    cleanTelco(operator, '2020', {
      document: DOC.statePage,
      quote: STATE_PAGE_LIST,
      confidence: 'medium',
      note: `Also in 001's clean telco list${operator === 'ntt-docomo' ? " ('ntt docomo'); 002 quotes NTT's CEO Jun Sawada" : ''}. ${STATE_PAGE_YEAR_NOTE}`,
    }),
  ),
  cleanTelco('kddi', '2020', {
    document: DOC.statePage,
    quote:
      'We are pleased to be named as a 5G Clean Telecommunications company by the U.S. State Department',
    confidence: 'medium',
    note: `KDDI President Makoto Takahashi. ${STATE_PAGE_YEAR_NOTE}`,
  }),
  cleanTelco('softbank', '2020', {
    document: DOC.statePage,
    quote:
      'is pleased to be recognized as a 5G Clean Telecommunications company by the U.S. Department of State',
    confidence: 'medium',
    note: `SoftBank Corp. CEO. Also in 001's list. ${STATE_PAGE_YEAR_NOTE}`,
  }),
  cleanTelco('rakuten-mobile', '2020', {
    document: DOC.statePage,
    quote:
      'We are proud to be recognized as a US State Department 5G Clean Telecommunications company.',
    confidence: 'medium',
    note: `Rakuten Mobile CEO Mickey Mikitani. ${STATE_PAGE_YEAR_NOTE}`,
  }),
  cleanTelco(
    'one-communication',
    '2020',
    {
      document: DOC.statePage,
      quote:
        'One Communication continues to show its commitment to the highest standards of network security for our customers and our partners by using only trusted equipment. We are proud to be a 5G Clean Path partner.',
      confidence: 'medium',
      note: `CEO Emil Georgakiev. The page does not say where One Communication operates, so it has no home country and no reference row. ${STATE_PAGE_YEAR_NOTE}`,
    },
    { actorName: 'One Communication' },
  ),
  cleanTelco('plus', '2020', {
    document: DOC.statePage,
    quote:
      'Plus supports the Clean Network initiative, and is proud to be a Clean telecommunications company.',
    confidence: 'medium',
    note: `Zygmunt Solarz, owner of the Polsat group. Also in 001's list ('plus poland'). ${STATE_PAGE_YEAR_NOTE}`,
  }),
  cleanTelco('cosmote', '2020', {
    document: DOC.statePage,
    quote:
      "We are proud to develop a 5G network, which is aligned with the targets set by the State Department's Clean Network initiative.",
    confidence: 'medium',
    note: `OTE chairman and CEO Michael Tsamaz, for COSMOTE. Also in 001's list ('cosmote greece'). ${STATE_PAGE_YEAR_NOTE}`,
  }),
  listedIn001('hrvatski-telekom', 'hrvatski telekom croatia'),
  listedIn001('three-ireland', 'three ireland'),
  listedIn001('lmt', 'lmt latvia'),
  listedIn001('ziggo', 'ziggo netherlands'),
  listedIn001('chunghwa-telecom', 'chunghwa taiwan'),
  listedIn001('tdc', 'tdc denmark'),
  listedIn001('singtel', 'singtel starhub singapore'),
  listedIn001('starhub', 'singtel starhub singapore'),
  ...['bell-canada', 'rogers', 'telus'].map((operator) =>
    pledge({
      id: `pledge-${operator}-2020`,
      subject: `operator:${operator}`,
      effectiveAt: '2020',
      source: {
        document: DOC.statePage,
        quote:
          'The big three telecommunications companies in Canada have decided to partner with Ericsson, Nokia, and Samsung',
        confidence: 'medium',
        derivedFromAggregate: 'The big three telecommunications companies in Canada (002)',
        note: `The page does not name them; Canada's big three (Bell, Rogers, Telus) is a definite description, resolved from common knowledge. ${STATE_PAGE_YEAR_NOTE}`,
      },
      data: { instrument: 'other', programme: 'clean-telco' },
    }),
  ),
];
