import type { ProposedEvent } from '@cleannet/domain';
import { pledge } from './build.js';
import { DOC } from './documents.js';

/** Endorsements by the EU, NATO and the Three Seas Initiative. */
export const blocEndorsements: readonly ProposedEvent[] = [
  pledge({
    id: 'pledge-bloc-eu-2020-09',
    subject: 'bloc:eu',
    effectiveAt: '2020-09',
    source: {
      document: DOC.strippedArticle,
      quote:
        'september us secretary state keith krach eu commissioner thierry breton issued joint statement synergies clean network eu clean cybersecurity toolbox',
      confidence: 'medium',
      note: "The Krach-Breton joint statement on the Clean Network and the EU 5G Toolbox. 000 dates it October 17, 2020 ([32], and [32][17]); 001 says September and has NATO's Deputy Secretary General praising the joint statement in September, which puts it before October 17, and the Brussels meeting fell in the 21 September - 4 October tour (003). The ledger follows September 2020 at month precision; October 17, 2020 is the date of the US NATO fact sheet (000 [17]).",
    },
    data: { instrument: 'joint-statement', programme: 'clean-network', counterparty: 'US' },
  }),
  pledge({
    id: 'pledge-bloc-three-seas-2020-10-21',
    subject: 'bloc:three-seas',
    effectiveAt: '2020-10-21',
    source: {
      document: DOC.encyclopedia,
      refs: ['3'],
      quote:
        'The Three Seas Initiative, a cooperation forum of twelve EU member states spanning the Baltic, Black, and Adriatic Seas, endorsed the Clean Network during its virtual summit hosted by Estonia on October 21, 2020.',
      confidence: 'high',
      note: "001 agrees: 'october annual conference estonia three seas initiative announced support clean network'.",
    },
    data: { instrument: 'statement', programme: 'clean-network' },
  }),
  pledge({
    id: 'pledge-bloc-nato-2020-10-23',
    subject: 'bloc:nato',
    effectiveAt: '2020-10-23',
    source: {
      document: DOC.encyclopedia,
      refs: ['37'],
      quote:
        "By October 23, 2020, announcements confirmed NATO's alignment with Clean Network standards for 5G",
      confidence: 'medium',
      note: "'By October 23, 2020' is an upper bound: the ledger records that day, the latest the sentence allows, and no document states the day of the alignment itself. A US fact sheet of October 17, 2020 called for a 'Clean NATO Network' (000 [17]); 001 has Deputy Secretary General Geoana saying in September that allies had committed. NATO alignment is an endorsement, not a binding decision of the Alliance.",
    },
    data: { instrument: 'statement', programme: 'clean-network' },
  }),
];
