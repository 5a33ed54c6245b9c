import type { ProposedEvent } from '@cleannet/domain';
import { pledge } from './build.js';
import { DOC } from './documents.js';

export const EU_AGGREGATE = '26 of the 27 EU member states, excluding Hungary (000 [18])';

/** Three Seas members that are also among the EU members named only by the aggregate. */
const THREE_SEAS_TOO = new Set(['AT', 'HR', 'SK', 'SI']);

/**
 * The EU members the "26 of 27, excluding Hungary" claim names and no other
 * passage names as committing (those have their own pledge). Several are
 * named elsewhere for other facts (Germany's and France's partial
 * restrictions, Portugal's and the Netherlands' operators, Spain's
 * clearance for Huawei) and Austria for a statement of support, which is
 * not a commitment of its own. The claim names its exception, so it names
 * its members; the date is the claim's: 2020.
 */
const EU_MEMBERS_NAMED_ONLY_BY_AGGREGATE = [
  'AT',
  'BE',
  'HR',
  'FI',
  'FR',
  'DE',
  'IE',
  'IT',
  'LU',
  'MT',
  'NL',
  'PT',
  'SK',
  'SI',
  'ES',
] as const;

export const aggregateMembers: readonly ProposedEvent[] = EU_MEMBERS_NAMED_ONLY_BY_AGGREGATE.map(
  (country) =>
    pledge({
      id: `pledge-${country.toLowerCase()}-2020`,
      subject: country,
      effectiveAt: '2020',
      source: {
        document: DOC.encyclopedia,
        refs: ['18'],
        quote:
          'The partnership facilitated commitments from 26 of the 27 EU member states to The Clean Network principles, excluding Hungary',
        confidence: 'medium',
        derivedFromAggregate: EU_AGGREGATE,
        note:
          'The claim follows the EU-US joint statement of 2020 and 000 repeats it for the late-2020 coalition ("26 of 27 European Union states" [5][6]); no passage dates this member\'s own commitment, so it is recorded in 2020 at year precision.' +
          (country === 'AT'
            ? " 002 quotes Chancellor Sebastian Kurz among the Clean Network's notable quotes: 'Austria supports all efforts of our partners like the US to establish objective criteria to safeguard network security around the globe.'"
            : '') +
          (THREE_SEAS_TOO.has(country)
            ? ' Also named by "Eleven of the twelve Three Seas countries joined the Clean Network" (000 [2]), whose exception is Hungary (000 [43]).'
            : ''),
      },
      data: { instrument: 'other', programme: 'clean-network' },
    }),
);
