import type { BlocMember, BlocRow } from './types.js';

function members(joined: string, codes: readonly string[]): BlocMember[] {
  return codes.map((country) => ({ country, joined }));
}

/**
 * Accession dates are the dates membership took effect. Dates before 2018
 * matter only for completeness, so old accessions whose exact day the
 * curator is not sure of are given at year precision (placed at the year's
 * end, never earlier than the fact).
 */
const eu: BlocRow = {
  id: 'bloc:eu',
  name: 'European Union',
  provenance: {
    source: 'EU treaties of accession (europa.eu, "EU member countries in brief")',
    note: "Founding members dated from the EEC (1958-01-01). The United Kingdom left on 2020-01-31. Dates typed from the curator's knowledge; no network access at curation time.",
  },
  members: [
    ...members('1958-01-01', ['BE', 'DE', 'FR', 'IT', 'LU', 'NL']),
    ...members('1973-01-01', ['DK', 'IE']),
    { country: 'GB', joined: '1973-01-01', left: '2020-01-31' },
    ...members('1981-01-01', ['GR']),
    ...members('1986-01-01', ['ES', 'PT']),
    ...members('1995-01-01', ['AT', 'FI', 'SE']),
    ...members('2004-05-01', ['CY', 'CZ', 'EE', 'HU', 'LT', 'LV', 'MT', 'PL', 'SI', 'SK']),
    ...members('2007-01-01', ['BG', 'RO']),
    ...members('2013-07-01', ['HR']),
  ],
};

const nato: BlocRow = {
  id: 'bloc:nato',
  name: 'North Atlantic Treaty Organization',
  provenance: {
    source: 'NATO, "NATO member countries" (nato.int)',
    note: "Founders dated 1949 at year precision. 30 members through 2020 (North Macedonia 2020-03-27), Finland 2023-04-04, Sweden 2024-03-07. Typed from the curator's knowledge.",
  },
  members: [
    ...members('1949', ['BE', 'CA', 'DK', 'FR', 'GB', 'IS', 'IT', 'LU', 'NL', 'NO', 'PT', 'US']),
    ...members('1952', ['GR', 'TR']),
    ...members('1955', ['DE']),
    ...members('1982', ['ES']),
    ...members('1999-03-12', ['CZ', 'HU', 'PL']),
    ...members('2004-03-29', ['BG', 'EE', 'LT', 'LV', 'RO', 'SI', 'SK']),
    ...members('2009-04-01', ['AL', 'HR']),
    ...members('2017-06-05', ['ME']),
    ...members('2020-03-27', ['MK']),
    ...members('2023-04-04', ['FI']),
    ...members('2024-03-07', ['SE']),
  ],
};

const oecd: BlocRow = {
  id: 'bloc:oecd',
  name: 'Organisation for Economic Co-operation and Development',
  provenance: {
    source: 'OECD, "Members and partners" (oecd.org), dates of ratification of the OECD Convention',
    note: "Founding members (Convention in force 1961) and accessions before 1990 at year precision; later accessions at day precision. 37 members in 2020 (Colombia 2020-04-28), 38 from Costa Rica (2021-05-25). Typed from the curator's knowledge.",
  },
  members: [
    ...members('1961', [
      'AT',
      'BE',
      'CA',
      'DK',
      'FR',
      'DE',
      'GR',
      'IS',
      'IE',
      'LU',
      'NL',
      'NO',
      'PT',
      'ES',
      'SE',
      'CH',
      'TR',
      'GB',
      'US',
    ]),
    ...members('1962', ['IT']),
    ...members('1964', ['JP']),
    ...members('1969', ['FI']),
    ...members('1971', ['AU']),
    ...members('1973', ['NZ']),
    ...members('1994', ['MX']),
    ...members('1995', ['CZ']),
    ...members('1996', ['HU', 'PL', 'KR']),
    ...members('2000', ['SK']),
    ...members('2010', ['CL', 'SI', 'IL', 'EE']),
    ...members('2016-07-01', ['LV']),
    ...members('2018-07-05', ['LT']),
    ...members('2020-04-28', ['CO']),
    ...members('2021-05-25', ['CR']),
  ],
};

const threeSeas: BlocRow = {
  id: 'bloc:three-seas',
  name: 'Three Seas Initiative',
  provenance: {
    source: 'Three Seas Initiative (3seas.eu), participating states',
    note: "Twelve founding participants from the 2016 Dubrovnik summit (year precision); Greece joined in 2023 (year precision). Partner states (e.g. Ukraine, Moldova) are not members. Typed from the curator's knowledge.",
  },
  members: [
    ...members('2016', ['AT', 'BG', 'HR', 'CZ', 'EE', 'HU', 'LV', 'LT', 'PL', 'RO', 'SK', 'SI']),
    ...members('2023', ['GR']),
  ],
};

export const blocs: BlocRow[] = [eu, nato, oecd, threeSeas];
