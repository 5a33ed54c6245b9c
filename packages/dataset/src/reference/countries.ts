import { iso31661 } from 'iso-3166';
import type { CountryRow } from './types.js';

export const COUNTRIES_PROVENANCE =
  'ISO 3166-1 (alpha-2, numeric and English short names) as packaged by the iso-3166 npm module; Kosovo added as the user-assigned code XK, which has no numeric code.';

/**
 * ISO's formal short names are awkward on a map or in a table ("Korea,
 * Republic of"); these are the common names readers look for.
 */
const COMMON_NAMES: Readonly<Record<string, string>> = {
  BO: 'Bolivia',
  CD: 'Democratic Republic of the Congo',
  FM: 'Micronesia',
  GB: 'United Kingdom',
  IR: 'Iran',
  KP: 'North Korea',
  KR: 'South Korea',
  LA: 'Laos',
  MD: 'Moldova',
  NL: 'Netherlands',
  PS: 'Palestine',
  RU: 'Russia',
  SY: 'Syria',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VE: 'Venezuela',
  VN: 'Vietnam',
};

export const countries: CountryRow[] = [
  ...iso31661.map((entry) => ({
    code: entry.alpha2,
    numeric: entry.numeric,
    name: COMMON_NAMES[entry.alpha2] ?? entry.name,
  })),
  { code: 'XK', numeric: null, name: 'Kosovo' },
];
