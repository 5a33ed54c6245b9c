import type { LedgerEvent, ProposedEvent } from '../events/envelope.js';
import type { ReferenceData } from '../projections/reference-data.js';
import { measureData, pledgeData, proposal, stamp } from './builders.js';

/** A small, recognisable history for projection tests. */
export const reference: ReferenceData = {
  countries: [
    { code: 'BR', numeric: '076', name: 'Brazil' },
    { code: 'GB', numeric: '826', name: 'United Kingdom' },
    { code: 'SE', numeric: '752', name: 'Sweden' },
    { code: 'PL', numeric: '616', name: 'Poland' },
    { code: 'ES', numeric: '724', name: 'Spain' },
    { code: 'XK', numeric: null, name: 'Kosovo' },
  ],
  gdpUsd: {
    provenance: { source: 'test figures' },
    byCountry: {
      BR: { '2019': 1800, '2020': 1500 },
      GB: { '2020': 2700, '2021': 3100 },
      SE: { '2020': 540 },
      PL: { '2020': 600 },
      ES: { '2020': 1300 },
    },
  },
  mobileSubscriptions: {
    provenance: { source: 'test figures' },
    byCountry: { BR: { '2020': 230 }, GB: { '2020': 80 }, SE: { '2020': 13 }, ES: { '2020': 55 } },
  },
  blocs: [
    {
      id: 'bloc:eu',
      name: 'European Union',
      provenance: { source: 'treaties' },
      members: [
        { country: 'SE', joined: '1995-01-01' },
        { country: 'PL', joined: '2004-05-01' },
        { country: 'ES', joined: '1986-01-01' },
        { country: 'GB', joined: '1973-01-01', left: '2020-01-31' },
      ],
    },
  ],
  operators: [
    {
      id: 'operator:telefonica',
      name: 'Telefónica',
      homeCountry: 'ES',
      subscribers: { count: 40, year: 2020, source: 'annual report' },
    },
    { id: 'operator:vivo', name: 'Vivo', homeCountry: 'BR' },
  ],
  companies: [],
  vendors: [
    { id: 'vendor:huawei', name: 'Huawei', headquarters: 'CN', trust: 'untrusted' },
    { id: 'vendor:zte', name: 'ZTE', headquarters: 'CN', trust: 'untrusted' },
    { id: 'vendor:ericsson', name: 'Ericsson', headquarters: 'SE', trust: 'trusted' },
  ],
};

const proposals: ProposedEvent[] = [
  proposal('PledgeMade', 'pl-pledge', 'PL', '2020-09-02', pledgeData),
  proposal('PledgeMade', 'br-pledge', 'BR', '2020-11-10', pledgeData),
  proposal('PledgeMade', 'se-pledge', 'SE', '2020-11', pledgeData),
  proposal('PledgeMade', 'telefonica-pledge', 'operator:telefonica', '2020-06', {
    ...pledgeData,
    programme: 'clean-telco',
  }),
  proposal('BanEnacted', 'gb-ban', 'GB', '2020-07-14', {
    ...measureData('gb-purge', [
      { part: 'whole-network', generations: ['5g'], measure: { kind: 'no-new-purchases' } },
      {
        part: 'whole-network',
        generations: ['5g'],
        measure: { kind: 'removal', deadline: '2027' },
      },
    ]),
  }),
  proposal(
    'BanEnacted',
    'se-ban',
    'SE',
    '2020-10-20',
    measureData('se-conditions', undefined, ['vendor:huawei', 'vendor:zte']),
  ),
  proposal('MeasureStatusChanged', 'se-suspended', 'SE', '2020-11-09', {
    measureId: 'se-conditions',
    change: 'suspended',
    by: 'court',
  }),
  proposal('VendorsExcluded', 'telefonica-core', 'operator:telefonica', '2020', {
    ...measureData('telefonica-core', [
      { part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } },
    ]),
    instrument: 'operator-decision',
  }),
  proposal('CommitmentReversed', 'br-reversal', 'BR', '2021-01', {
    target: { kind: 'pledge' },
    extent: 'full',
    vendorsReadmitted: ['vendor:huawei'],
  }),
  proposal('MeasureStatusChanged', 'se-upheld', 'SE', '2021-06-22', {
    measureId: 'se-conditions',
    change: 'upheld',
    by: 'court',
  }),
];

/** The history, recorded a second apart from 2024-01-01 in the order above. */
export const history: LedgerEvent[] = proposals.map((event, index) =>
  stamp(event, new Date(Date.UTC(2024, 0, 1, 0, 0, index)).toISOString(), 'dataset'),
);

/** A correction recorded later: Poland's pledge was in 2020-10, not on 2020-09-02. */
export const polandCorrection: LedgerEvent = stamp(
  proposal('EventCorrected', 'pl-fix', 'PL', '2020-10', {
    correctedEventId: 'pl-pledge',
    effectiveAt: '2020-10',
    effectivePrecision: 'month',
    reason: 'the declaration was signed in October',
  }),
  '2024-02-01T00:00:00.000Z',
);
