import type { FiguresByCountry } from './types.js';
import { figuresByYear } from './figures.js';

const YEARS = ['2020'] as const;

/** Mobile cellular subscriptions in millions, 2020, for the economies the curator is confident of. */
// prettier-ignore
const MILLIONS: ReadonlyArray<readonly [string, number]> = [
  ['CN', 1720], ['IN', 1150], ['US', 440], ['ID', 355], ['RU', 238], ['BR', 205],
  ['NG', 204], ['JP', 195], ['PK', 175], ['BD', 170], ['MX', 123], ['DE', 107],
  ['ZA', 96], ['EG', 95], ['TR', 81], ['GB', 79], ['IT', 78], ['FR', 73],
  ['KR', 70], ['CO', 67], ['ES', 56], ['AR', 55], ['SA', 42], ['CA', 34], ['AU', 28],
];

export const mobileSubscriptions: FiguresByCountry = {
  provenance: {
    source:
      'ITU World Telecommunication/ICT Indicators via World Bank WDI IT.CEL.SETS (mobile cellular subscriptions)',
    edition: 'year 2020 only',
    note:
      "Typed from the curator's knowledge (no network access at curation time), millions rounded " +
      'to 2-3 significant figures; expect differences of up to about 5 per cent. Only 2020 and only ' +
      'the 25 largest markets the curator is confident of: every other country, and every other ' +
      'year, is missing rather than guessed. Projections use 2020 for later dates and report ' +
      'earlier dates as missing.',
  },
  byCountry: figuresByYear(YEARS, MILLIONS, 1e6),
};
