import type { ProposedEvent } from '@cleannet/domain';
import { pledge } from './build.js';
import { DOC, STATE_PAGE_YEAR_NOTE } from './documents.js';

/** [company slug, quote from the State Department page, speaker]. */
const STATEMENTS = [
  [
    'oracle',
    'we are proud to support the Clean Network initiative and provide Clean Network solutions',
    'Oracle CEO Safra Catz.',
  ],
  [
    'cisco',
    'The Clean Network Initiative is bringing needed attention to these issues.',
    "Cisco Chairman and CEO Chuck Robbins. 000 [2]: 'Companies like Cisco have aligned with the initiative by offering Clean Network-compatible cloud solutions.'",
  ],
  [
    'hpe',
    "we're also proud to be recognized by the U.S. Department of State's Clean Network initiative and support its goal of promoting network security around the world",
    'HPE President and CEO Antonio Neri.',
  ],
  [
    'vmware',
    'VMware is pleased to provide support for Clean Path and its intent to create end-to-end 5G infrastructure',
    'VMware CEO Pat Gelsinger.',
  ],
  [
    'nec',
    'we are proud to support the Clean Network initiative',
    'NEC President and CEO Takashi Niino.',
  ],
  [
    'fujitsu',
    "We commend the Department of State's Clean Network Initiative.",
    'Fujitsu CEO Takahito Tokita.',
  ],
  [
    'afero',
    'Afero is proud to support the Clean Network with our Internet of Things platform.',
    'Afero CEO Joe Britt.',
  ],
  [
    'irobot',
    'I am proud to support these key objectives',
    'iRobot Chairman and CEO Colin Angle, on the goals of the Clean Network.',
  ],
  [
    'iland-technology-group',
    'we will provide clean solutions to revolutionize the agribusiness sector in the Brazilian North East while adhering to the objectives of the Clean Network',
    "CTIO Climaco Feitosa of 'a Brazilian ITC conglomerate'.",
  ],
] as const;

/** Non-carrier companies the State Department page quotes in support. */
export const companyPledges: readonly ProposedEvent[] = STATEMENTS.map(
  ([company, quote, speaker]) =>
    pledge({
      id: `pledge-${company}-2020`,
      subject: `company:${company}`,
      effectiveAt: '2020',
      source: {
        document: DOC.statePage,
        quote,
        confidence: 'medium',
        note: `${speaker} ${STATE_PAGE_YEAR_NOTE}`,
      },
      data: {
        instrument: 'statement',
        programme: company === 'vmware' ? '5g-clean-path' : 'clean-network',
      },
    }),
);
