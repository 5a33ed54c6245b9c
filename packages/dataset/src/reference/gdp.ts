import type { FiguresByCountry } from './types.js';
import { figuresByYear } from './figures.js';

const YEARS = ['2018', '2019', '2020', '2021', '2022'] as const;

/**
 * GDP in billions of current US$, one column per year in YEARS; null where
 * the curator is not confident of the figure. Economies above US$100bn are
 * given to 3 significant figures, smaller ones to 2.
 */
// prettier-ignore
const BILLIONS: ReadonlyArray<readonly [string, ...(number | null)[]]> = [
  // European Union
  ['AT', 455, 445, 435, 481, 471],
  ['BE', 543, 535, 525, 600, 583],
  ['BG', 66, 69, 70, 84, 90],
  ['HR', 61, 61, 57, 69, 72],
  ['CY', 26, 26, 25, 28, 30],
  ['CZ', 249, 253, 246, 282, 291],
  ['DK', 356, 347, 355, 406, 401],
  ['EE', 31, 31, 31, 37, 38],
  ['FI', 276, 269, 272, 297, 282],
  ['FR', 2790, 2730, 2640, 2960, 2780],
  ['DE', 3970, 3890, 3890, 4280, 4080],
  ['GR', 213, 205, 189, 215, 219],
  ['HU', 161, 164, 158, 182, 177],
  ['IE', 385, 399, 426, 513, 545],
  ['IT', 2090, 2010, 1900, 2180, 2050],
  ['LV', 34, 34, 34, 39, 41],
  ['LT', 54, 55, 57, 67, 70],
  ['LU', 71, 70, 73, 86, 82],
  ['MT', 15, 16, 15, 18, 18],
  ['NL', 914, 910, 910, 1030, 1010],
  ['PL', 588, 597, 600, 681, 688],
  ['PT', 242, 240, 229, 256, 256],
  ['RO', 241, 251, 251, 286, 301],
  ['SK', 106, 105, 107, 119, 116],
  ['SI', 54, 54, 54, 62, 60],
  ['ES', 1420, 1390, 1280, 1450, 1420],
  ['SE', 555, 531, 541, 636, 585],
  // Rest of Europe and Central Asia
  ['GB', 2870, 2850, 2700, 3140, 3090],
  ['NO', 440, 410, 360, 500, 590],
  ['CH', 730, 720, 740, 810, 820],
  ['IS', 26, 25, 22, 26, 28],
  ['AL', 15, 15, 15, 18, 19],
  ['XK', 7.9, 7.9, 7.7, 9.4, 9.4],
  ['MK', 13, 13, 12, 14, 14],
  ['ME', 5.5, 5.5, 4.8, 5.9, 6.2],
  ['RS', 51, 52, 53, 63, 64],
  ['BA', 20, 20, 20, 23, 25],
  ['MD', 11, 12, 12, 14, 15],
  ['UA', 131, 154, 157, 200, 161],
  ['BY', 60, 64, 61, 68, 73],
  ['GE', 18, 18, 16, 19, 25],
  ['AM', 12, 14, 13, 14, 20],
  ['AZ', 47, 48, 43, 55, 79],
  ['TR', 780, 760, 720, 818, 906],
  ['RU', 1660, 1690, 1490, 1840, 2270],
  ['KZ', 179, 182, 171, 197, 225],
  // Americas
  ['US', 20500, 21400, 21100, 23300, 25700],
  ['CA', 1730, 1740, 1660, 2010, 2160],
  ['MX', 1220, 1270, 1090, 1270, null],
  ['BR', 1920, 1870, 1480, 1670, 1950],
  ['AR', 518, 448, 386, 487, 631],
  ['CL', 296, 279, 253, 317, 301],
  ['CO', 334, 323, 270, 318, 344],
  ['PE', 225, 232, 205, 226, 243],
  ['EC', 107, 108, 99, 106, 115],
  ['DO', 86, 89, 79, 95, 114],
  ['JM', 16, 16, 14, 15, 17],
  ['PA', 65, 67, null, null, null],
  ['CR', 62, 64, 62, 64, 69],
  // Asia and Pacific
  ['CN', 13900, 14300, 14700, 17800, 17900],
  ['JP', 5040, 5120, 5060, 5010, 4260],
  ['IN', 2700, 2840, 2670, 3150, 3350],
  ['KR', 1730, 1650, 1640, 1820, 1670],
  ['ID', 1040, 1120, 1060, 1190, 1320],
  ['AU', 1430, 1390, 1330, 1550, null],
  ['NZ', 210, 211, 212, 250, 248],
  ['SG', 377, 375, 345, 424, null],
  ['HK', 362, 363, 345, 369, 360],
  ['TH', 507, 544, 500, 506, 495],
  ['MY', 359, 365, 337, 374, 408],
  ['PH', 347, 377, 362, 394, 404],
  ['VN', 310, 330, 350, 370, 410],
  ['BD', 321, 351, 374, 416, 460],
  ['PK', 356, 321, 300, 348, 375],
  ['NR', 0.12, 0.12, 0.13, 0.15, 0.15],
  // Middle East and Africa
  ['IL', 376, 402, 413, 489, 525],
  ['SA', 847, 838, 734, 874, 1110],
  ['AE', 422, 417, 350, 415, 507],
  ['QA', 183, 176, 144, 180, 236],
  ['DZ', 175, 172, 146, 164, 194],
  ['ZA', 404, 389, 338, 420, 406],
  ['NG', 422, 448, 432, 441, 477],
  ['KE', 92, 100, 100, 110, 110],
  ['SZ', 4.7, 4.5, 4.0, 4.7, 4.8],
];

export const gdpUsd: FiguresByCountry = {
  provenance: {
    source: 'World Bank, World Development Indicators, NY.GDP.MKTP.CD (GDP, current US$)',
    edition: 'years 2018-2022',
    note:
      "Typed from the curator's knowledge of the WDI table (no network access at curation time): " +
      'billions of US$ rounded to 3 significant figures above US$100bn and to 2 below; expect ' +
      'differences of a few per cent against the current WDI vintage, which revises back years. ' +
      'Only the economies listed are covered (the large economies, every EU, NATO and OECD member ' +
      'and every country the curated history names); a figure the curator was unsure of is left ' +
      'missing. Taiwan is not in WDI and has no figure. Shares of "world" GDP computed from this ' +
      'table are shares of the covered economies.',
  },
  byCountry: figuresByYear(YEARS, BILLIONS, 1e9),
};
