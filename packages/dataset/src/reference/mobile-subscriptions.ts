import type { FigureRow } from './figures.js';
import type { FiguresByCountry } from './types.js';
import { figuresByYear } from './figures.js';

/** The years of every row of MOBILE_SUBSCRIPTIONS_MILLIONS, in column order. */
export const MOBILE_SUBSCRIPTION_YEARS = ['2018', '2019', '2020', '2021', '2022', '2023'] as const;

/**
 * Mobile cellular subscriptions in millions, one value per year of
 * MOBILE_SUBSCRIPTION_YEARS; null where the curator is not confident. 2020 is
 * given for every market listed; other years only where the curator knows the
 * figure (mostly the regulators' year-end counts that ITU reports).
 */
// prettier-ignore
export const MOBILE_SUBSCRIPTIONS_MILLIONS: readonly FigureRow[] = [
  // Asia and the Pacific
  ['CN', null, null, 1720, null, null, null],
  ['IN', 1180, 1150, 1150, 1150, 1140, 1170],
  ['ID', 319, null, 355, null, null, null],
  ['JP', null, null, 195, null, null, null],
  ['PK', null, null, 175, null, null, null],
  ['BD', 157, 166, 170, null, null, null],
  ['KR', null, null, 70, null, null, null],
  ['TH', null, null, 116, null, null, null],
  ['MY', null, null, 44, null, null, null],
  ['AU', null, null, 28, null, null, null],
  // Europe and Central Asia
  ['RU', null, null, 238, null, null, null],
  ['DE', 107, null, 107, null, null, null],
  ['TR', 80.6, 80.8, 81, 86.3, 90.3, null],
  ['GB', null, null, 79, null, null, null],
  ['IT', null, null, 78, null, null, null],
  ['FR', null, null, 73, null, null, null],
  ['ES', null, null, 56, null, null, null],
  // Americas
  ['US', null, null, 440, null, null, null],
  ['BR', 207, null, 205, null, null, null],
  ['MX', null, null, 123, null, null, null],
  ['CO', null, null, 67, null, null, null],
  ['AR', null, null, 55, null, null, null],
  ['CA', null, null, 34, null, null, null],
  // Middle East and Africa
  ['NG', 172, 185, 205, 195, 223, null],
  ['ZA', null, null, 96, null, null, null],
  ['EG', null, null, 95, null, 103, null],
  ['SA', null, null, 42, null, null, null],
  ['KE', null, null, 61.4, null, null, null],
  ['TZ', null, null, 51.2, null, 60.2, null],
  ['MA', null, null, 49.4, null, null, null],
];

export const mobileSubscriptions: FiguresByCountry = {
  provenance: {
    source:
      'ITU World Telecommunication/ICT Indicators via World Bank WDI IT.CEL.SETS (mobile cellular subscriptions)',
    edition: 'years 2018-2023; 2020 for every market listed, other years where known',
    note:
      "Transcribed from the curator's memory of the ITU/WDI table and of the national regulators' " +
      'year-end counts it is built from (TRAI, NCC, BTRC, BTK, TCRA, NTRA), no network access at ' +
      'curation time: millions at 3 significant figures where the curator knows them, 2 where only ' +
      'that much is certain; expect differences of up to about 5 per cent. Only the 30 markets ' +
      'the curator is confident of, about three quarters of the world total in 2020 (world: ' +
      '`worldTotals.mobileSubscriptions` in @cleannet/dataset). Missing rather than guessed: ' +
      'among large markets the Philippines, Vietnam, Iran, Ethiopia, Poland, Ukraine, Algeria, ' +
      'Peru and Ghana, and every smaller market. Projections use the latest earlier year for ' +
      'later dates and report earlier dates as missing.',
  },
  byCountry: figuresByYear(MOBILE_SUBSCRIPTION_YEARS, MOBILE_SUBSCRIPTIONS_MILLIONS, 1e6),
};
