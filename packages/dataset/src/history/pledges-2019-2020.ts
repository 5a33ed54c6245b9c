import type { ProposedEvent } from '@cleannet/domain';
import { pledge } from './build.js';
import { DOC, STATE_PAGE_YEAR_NOTE } from './documents.js';

/**
 * Countries the documents name individually as joining, pledging or signing,
 * in the order of their effective dates. Each country has one pledge, at the
 * earliest date the documents give; later mentions are in the note.
 */
export const countryPledges2019to2020: readonly ProposedEvent[] = [
  pledge({
    id: 'pledge-ee-2019-10',
    subject: 'EE',
    effectiveAt: '2019-10',
    source: {
      document: DOC.encyclopedia,
      refs: ['3', '35'],
      quote:
        'Specific adherents included Estonia (October 2019), Latvia, Lithuania, Poland, Czech Republic, Romania, Bulgaria',
      confidence: 'medium',
      note: "000 also names Estonia among the June 25, 2020 pledges [3] and says the Baltic states signed U.S.-led declarations on 5G security 'in 2019 and 2020' [35]; the ledger records the earliest date given.",
    },
    data: { instrument: 'declaration', programme: 'clean-network', counterparty: 'US' },
  }),
  pledge({
    id: 'pledge-us-2020-04-29',
    subject: 'US',
    effectiveAt: '2020-04-29',
    source: {
      document: DOC.statePage,
      quote:
        'On April 29, 2020, Secretary Pompeo announced that the U.S. Department of State will begin requiring a Clean Path for all 5G network traffic entering and exiting U.S. diplomatic facilities.',
      confidence: 'high',
      note: 'The United States founded the programme; its own 5G Clean Path (000 [2][1][25]) is recorded as its commitment. The Clean Network expansion followed on August 5, 2020 (002).',
    },
    data: { instrument: 'statement', programme: '5g-clean-path', pillars: ['path'] },
  }),
  pledge({
    id: 'pledge-ca-2020-06-03',
    subject: 'CA',
    effectiveAt: '2020-06-03',
    source: {
      document: DOC.encyclopedia,
      refs: ['2', '3'],
      quote:
        "with over 50 countries committing to clean 5G paths. Notable examples include ... Canada's June 3, 2020, exclusion of Huawei from core infrastructure",
      confidence: 'medium',
      note: 'Recorded as a commitment because 000 gives it as an example of countries committing to clean 5G paths; 001 also lists Canada in the alliance of democracies.',
    },
    data: { instrument: 'statement', programme: '5g-clean-path' },
  }),
  pledge({
    id: 'pledge-ro-2020-06-25',
    subject: 'RO',
    effectiveAt: '2020-06-25',
    source: {
      document: DOC.encyclopedia,
      refs: ['3'],
      quote: "Estonia, Romania, and Latvia's June 25, 2020, pledges for trusted alternatives",
      confidence: 'high',
      note: '002 lists Romania among the 5G clean countries; 000 [2][3] names it again among the commitments of the September-October 2020 tour.',
    },
    data: { instrument: 'statement', programme: '5g-clean-path' },
  }),
  pledge({
    id: 'pledge-lv-2020-06-25',
    subject: 'LV',
    effectiveAt: '2020-06-25',
    source: {
      document: DOC.encyclopedia,
      refs: ['3'],
      quote: "Estonia, Romania, and Latvia's June 25, 2020, pledges for trusted alternatives",
      confidence: 'high',
      note: '002 lists Latvia among the 5G clean countries; 000 [35] says the Baltic states signed U.S.-led declarations on 5G security in 2019 and 2020.',
    },
    data: { instrument: 'statement', programme: '5g-clean-path' },
  }),
  pledge({
    id: 'pledge-gb-2020-07-14',
    subject: 'GB',
    effectiveAt: '2020-07-14',
    source: {
      document: DOC.encyclopedia,
      refs: ['3'],
      quote:
        "Notable examples include the United Kingdom's July 14, 2020, decision to purge Huawei from its 5G networks by 2027",
      confidence: 'medium',
      note: '000 gives the purge decision as an example of a commitment to clean 5G paths; 002 lists the United Kingdom among the 5G clean countries. The purge itself is the measure uk-2020-huawei-5g-purge.',
    },
    data: { instrument: 'statement', programme: '5g-clean-path' },
  }),
  ...['CZ', 'PL', 'DK', 'SE'].map((country) =>
    pledge({
      id: `pledge-${country.toLowerCase()}-2020-10`,
      subject: country,
      effectiveAt: '2020-10',
      source: {
        document: DOC.encyclopedia,
        refs: ['2', '3'],
        quote:
          'During this period, commitments emerged from nations such as the Czech Republic, Estonia, Poland, Romania, Denmark, Latvia, Sweden, and the United Kingdom to exclude untrusted equipment',
        confidence: 'medium',
        note: "'This period' is Krach's European tour, 21 September to 4 October 2020 (000 [17]); recorded at the range's last month so the ledger never places it early. 002 lists the same eight as 5G clean countries.",
      },
      data: { instrument: 'statement', programme: '5g-clean-path' },
    }),
  ),
  pledge({
    id: 'pledge-cy-2020-10-20',
    subject: 'CY',
    effectiveAt: '2020-10-20',
    source: {
      document: DOC.encyclopedia,
      refs: ['44', '45'],
      quote:
        'In Cyprus, on October 20, 2020, the U.S. and Cyprus signed a Memorandum of Understanding on science and technology cooperation, aligning the island nation with Clean Network standards for 5G security',
      confidence: 'high',
      note: "002 quotes Cyprus's Deputy Ministry: 'Our signed MoU on Science and Technology reaffirms our common commitment'.",
    },
    data: { instrument: 'mou', programme: 'clean-network', counterparty: 'US' },
  }),
  pledge({
    id: 'pledge-br-2020-11-10',
    subject: 'BR',
    effectiveAt: '2020-11-10',
    source: {
      document: DOC.encyclopedia,
      refs: ['3'],
      quote:
        'Brazil emerged as the first Latin American participant, joining the Clean Network as its 50th member on November 10, 2020',
      confidence: 'high',
      note: "002 quotes Foreign Minister Ernesto Araújo: 'Brazil is the 50th country to support the principles contained in the Clean Network.'",
    },
    data: { instrument: 'statement', programme: 'clean-network' },
  }),
  pledge({
    id: 'pledge-ec-2020-11',
    subject: 'EC',
    effectiveAt: '2020-11',
    source: {
      document: DOC.encyclopedia,
      refs: ['33'],
      quote:
        "Ecuador followed shortly thereafter, endorsing the initiative's principles and becoming the 51st member during the same tour.",
      confidence: 'high',
      note: "The tour was in November 2020 (000 [18]); 001: 'november secretary state mike pompeo announced ecuador dominican republic also joined clean network'. 002 quotes Minister Michelena: 'Ecuador supports the principles of the Clean Network initiative.'",
    },
    data: { instrument: 'statement', programme: 'clean-network' },
  }),
  pledge({
    id: 'pledge-do-2020-11',
    subject: 'DO',
    effectiveAt: '2020-11',
    source: {
      document: DOC.strippedArticle,
      quote:
        'november secretary state mike pompeo announced ecuador dominican republic also joined clean network',
      confidence: 'medium',
      note: "000 [48]: 'Jamaica and the Dominican Republic also acceded soon after'; 002 quotes Foreign Minister Alvarez: 'The Dominican Republic is proud to be a member of the Clean Network.' The year is 2020 because the announcement belongs to the November 2020 tour (000 [18]), which visited the Dominican Republic; 001's own numerals are stripped. Recorded after Ecuador, which the documents number 51st.",
    },
    data: { instrument: 'statement', programme: 'clean-network' },
  }),
  pledge({
    id: 'pledge-al-2020',
    subject: 'AL',
    effectiveAt: '2020',
    source: {
      document: DOC.encyclopedia,
      refs: ['46', '18'],
      quote:
        'In the Western Balkans, Albania committed to Clean Network principles in 2020, with Prime Minister Edi Rama pledging exclusion of Huawei from 5G rollout',
      confidence: 'high',
      note: "002 quotes Edi Rama on Albania's 'proactive role in the 5G Clean Path'. 000's expansion section lists Albania as aligning after January 20, 2021 [19]; the ledger follows 2020 (two passages agree, and 002 predates 2021-01-20).",
    },
    data: { instrument: 'statement', programme: '5g-clean-path' },
  }),
  ...(
    [
      [
        'MK',
        'mou',
        "002 quotes Prime Minister Zaev: 'The signing of the U.S.-North Macedonia 5G memorandum is vital'.",
      ],
      [
        'XK',
        'mou',
        "002 quotes Prime Minister Hoti: 'The U.S.-Kosovo 5G Memorandum of Understanding is a big step toward ensuring Kosovo's 5G security'.",
      ],
      [
        'BG',
        'declaration',
        "002 quotes Prime Minister Borissov: 'With the declaration of the Clean 5G Network, we are preparing for the future.'",
      ],
    ] as const
  ).map(([country, instrument, quoteNote]) =>
    pledge({
      id: `pledge-${country.toLowerCase()}-2020`,
      subject: country,
      effectiveAt: '2020',
      source: {
        document: DOC.encyclopedia,
        refs: ['46', '18'],
        quote: 'similar agreements were secured with North Macedonia, Kosovo, and Bulgaria',
        confidence: 'medium',
        note: `In 2020, like Albania's commitment in the same sentence. ${quoteNote}${country === 'BG' ? '' : ' 000 [19] puts this alignment after January 20, 2021; the ledger follows 2020 because 002, archived by 2021-01-20, already quotes the signed memorandum.'}`,
      },
      data: { instrument, programme: 'clean-network', counterparty: 'US' },
    }),
  ),
  pledge({
    id: 'pledge-ge-2020',
    subject: 'GE',
    effectiveAt: '2020',
    source: {
      document: DOC.encyclopedia,
      refs: ['18'],
      quote:
        'Georgia also joined via a 2020 MOU, extending secure network standards to the Caucasus.',
      confidence: 'medium',
      note: "001 (GLOBSEC study) says 'georgia armenia azerbaijan attempted navigate ... balance' between the powers; the ledger records the MoU 000 states.",
    },
    data: { instrument: 'mou', programme: 'clean-network', counterparty: 'US' },
  }),
  pledge({
    id: 'pledge-lt-2020',
    subject: 'LT',
    effectiveAt: '2020',
    source: {
      document: DOC.encyclopedia,
      refs: ['35'],
      quote:
        'Estonia, Latvia, and Lithuania—EU and NATO members—signed U.S.-led declarations on 5G security in 2019 and 2020',
      confidence: 'medium',
      note: 'The sentence does not say which year Lithuania signed; recorded in 2020, the later year, so the ledger never places it early. 000 [3][35] also names Lithuania among the Three Seas adherents.',
    },
    data: { instrument: 'declaration', programme: 'clean-network', counterparty: 'US' },
  }),
  pledge({
    id: 'pledge-jm-2020',
    subject: 'JM',
    effectiveAt: '2020',
    source: {
      document: DOC.encyclopedia,
      refs: ['48'],
      quote: 'Jamaica and the Dominican Republic also acceded soon after, expanding the alliance',
      confidence: 'low',
      note: "'Soon after' the November 2020 tour; no date is given. Recorded in 2020 at year precision with low confidence.",
    },
    data: { instrument: 'statement', programme: 'clean-network' },
  }),
  pledge({
    id: 'pledge-gr-2020',
    subject: 'GR',
    effectiveAt: '2020',
    source: {
      document: DOC.statePage,
      quote:
        'Greece has agreed to use Ericsson, rather than Huawei, to develop its 5G infrastructure.',
      confidence: 'medium',
      note: STATE_PAGE_YEAR_NOTE,
    },
    data: { instrument: 'statement', programme: '5g-clean-path' },
  }),
  pledge({
    id: 'pledge-jp-2020',
    subject: 'JP',
    effectiveAt: '2020',
    source: {
      document: DOC.statePage,
      quote:
        'supports the basic concept of the 5G Clean Path Initiative on securing safe communication between diplomatic facilities',
      confidence: 'medium',
      note: `Japan's Minister for Foreign Affairs Toshimitsu Motegi. 001 lists Japan in the alliance and says it 'already adopted clean path', but also that Japan did not join the US ban on Huawei. ${STATE_PAGE_YEAR_NOTE}`,
    },
    data: { instrument: 'statement', programme: '5g-clean-path', pillars: ['path'] },
  }),
  pledge({
    id: 'pledge-tw-2020',
    subject: 'TW',
    effectiveAt: '2020',
    source: {
      document: DOC.strippedArticle,
      quote: 'many companies countries like japan albania taiwan already adopted clean path',
      confidence: 'medium',
      note: "001 also lists Taiwan in the alliance of democracies after the December 2020 announcement; recorded in 2020 at year precision (001's numerals are stripped).",
    },
    data: { instrument: 'other', programme: '5g-clean-path', pillars: ['path'] },
  }),
  ...['IL', 'AU', 'KR', 'SG', 'NZ', 'VN'].map((country) =>
    pledge({
      id: `pledge-${country.toLowerCase()}-2020`,
      subject: country,
      effectiveAt: '2020',
      source: {
        document: DOC.strippedArticle,
        quote:
          'clean alliance democracies includes nato members eu members oecd nations three seas nations well japan israel australia south korea singapore taiwan canada new zealand vietnam',
        confidence: 'medium',
        note: "001 lists the alliance right after 'december united states announced nations ... publicly committed principles clean'; recorded in 2020 at year precision because 001's numerals (and so its years) are stripped.",
      },
      data: { instrument: 'membership', programme: 'clean-network' },
    }),
  ),
  ...(
    [
      [
        'UA',
        'Ukraine supports the principles of the Clean Network.',
        'Prime Minister Denys Shmyhal.',
      ],
      ['SZ', 'Eswatini is proud to be a member of the Clean Network.', 'Minister Manqoba Khumalo.'],
      [
        'NR',
        'The Republic of Nauru is proud to be a member of the Clean Network.',
        'President Lionel Aingimea.',
      ],
    ] as const
  ).map(([country, quote, speaker]) =>
    pledge({
      id: `pledge-${country.toLowerCase()}-2020`,
      subject: country,
      effectiveAt: '2020',
      source: {
        document: DOC.statePage,
        quote,
        confidence: 'medium',
        note: `${speaker} ${STATE_PAGE_YEAR_NOTE}`,
      },
      data: { instrument: 'statement', programme: 'clean-network' },
    }),
  ),
];
