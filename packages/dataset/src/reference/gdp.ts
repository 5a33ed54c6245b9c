import type { FiguresByCountry } from './types.js';
import { figuresByYear } from './figures.js';
import { GDP_AMERICAS_BILLIONS } from './gdp-americas.js';
import { GDP_ASIA_PACIFIC_BILLIONS } from './gdp-asia-pacific.js';
import { GDP_EUROPE_BILLIONS } from './gdp-europe.js';
import { GDP_MIDDLE_EAST_AFRICA_BILLIONS } from './gdp-middle-east-africa.js';

/** The years of every row of the regional GDP tables, in column order. */
export const GDP_YEARS = ['2018', '2019', '2020', '2021', '2022', '2023'] as const;

export const GDP_PROVENANCE = {
  source: 'World Bank, World Development Indicators, NY.GDP.MKTP.CD (GDP, current US$)',
  edition: 'years 2018-2023, as the curator knew the 2024-2025 WDI releases',
  note:
    "Transcribed from the curator's memory of the WDI table (no network access at curation " +
    'time), billions of US$ at 3 significant figures (2 for economies under US$10bn); expect ' +
    'differences of a few per cent against any given WDI vintage, which revises back years ' +
    '(statistical rebasings in Germany, Italy, Korea, Saudi Arabia, Nigeria and others move ' +
    'levels by more). 134 economies: every economy above roughly US$10bn the curator is ' +
    'confident of, and every country the curated history names. Missing rather than guessed: ' +
    'Taiwan (not in WDI), Iran, Venezuela, Cuba, Angola, Myanmar, Turkmenistan, Lebanon, Libya, ' +
    'Sudan, Syria, Yemen, Zimbabwe, Senegal and most economies under US$10bn, and single years ' +
    'marked in the rows. Shares computed from this table are shares of the covered economies; ' +
    'the World Bank world total is `worldTotals.gdpUsd` in @cleannet/dataset.',
};

export const gdpUsd: FiguresByCountry = {
  provenance: GDP_PROVENANCE,
  byCountry: figuresByYear(
    GDP_YEARS,
    [
      ...GDP_EUROPE_BILLIONS,
      ...GDP_AMERICAS_BILLIONS,
      ...GDP_ASIA_PACIFIC_BILLIONS,
      ...GDP_MIDDLE_EAST_AFRICA_BILLIONS,
    ],
    1e9,
  ),
};
