import type { Provenance } from './types.js';

/** A world aggregate per year, with where it comes from. */
export interface WorldTotal {
  readonly provenance: Provenance;
  readonly byYear: Readonly<Record<string, number>>;
}

/**
 * The World Bank's own "World" (WLD) aggregates for the figure tables. The
 * domain's `ReferenceData` has no place for them (its projections divide by
 * the sum over the countries that have a figure), so they are a sibling
 * export: use them to say how much of the world a table covers.
 */
export const worldTotals: {
  readonly gdpUsd: WorldTotal;
  readonly mobileSubscriptions: WorldTotal;
} = {
  gdpUsd: {
    provenance: {
      source: 'World Bank, World Development Indicators, NY.GDP.MKTP.CD, aggregate WLD (World)',
      edition: 'years 2018-2023, as the curator knew the 2024-2025 WDI releases',
      note:
        "Transcribed from the curator's memory of the WDI table (no network access at curation " +
        'time), US$ at 3 significant figures; expect differences of a few per cent against any ' +
        'given vintage.',
    },
    byYear: {
      '2018': 86_400e9,
      '2019': 87_700e9,
      '2020': 85_100e9,
      '2021': 97_500e9,
      '2022': 101_000e9,
      '2023': 105_000e9,
    },
  },
  mobileSubscriptions: {
    provenance: {
      source:
        'ITU World Telecommunication/ICT Indicators via World Bank WDI IT.CEL.SETS, aggregate WLD (World)',
      edition: 'years 2018, 2020, 2022 and 2023',
      note:
        "Transcribed from the curator's memory of the ITU and WDI tables (no network access at " +
        'curation time), at 2 significant figures: the curator is not confident of a third. ' +
        'Expect differences of up to about 3 per cent.',
    },
    byYear: {
      '2018': 7.9e9,
      '2020': 8.1e9,
      '2022': 8.6e9,
      '2023': 8.9e9,
    },
  },
};
