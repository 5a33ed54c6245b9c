import type { ProposedEvent, VendorSelector } from '@cleannet/domain';
import { amendment, ban, exclusion, statusChange } from './build.js';
import { DOC } from './documents.js';

const huaweiAndZte = (): VendorSelector => ({
  kind: 'named',
  vendorIds: ['vendor:huawei', 'vendor:zte'],
});
const huaweiOnly = (): VendorSelector => ({ kind: 'named', vendorIds: ['vendor:huawei'] });

/**
 * Government restrictions with the dates, scopes and deadlines the documents
 * give, including every row of 000's bans table (United States, Australia,
 * United Kingdom, Japan, Germany, Sweden).
 */
export const bans: readonly ProposedEvent[] = [
  ban({
    id: 'ban-au-2018-08',
    subject: 'AU',
    effectiveAt: '2018-08',
    source: {
      document: DOC.encyclopedia,
      refs: ['12'],
      quote:
        'Australia prohibited Huawei and ZTE from its 5G rollout in August 2018, determining the firms\' equipment presented "significant network security risks"',
      confidence: 'high',
      note: "Bans table: 'Ban on 5G supply from Huawei and ZTE. | August 2018.[12]'. The documents do not name the legal instrument.",
    },
    data: {
      measureId: 'au-2018-5g-high-risk-vendors',
      vendors: {
        kind: 'criteria',
        description:
          "vendors whose equipment presents 'significant network security risks' to the 5G rollout",
        knownAffected: ['vendor:huawei', 'vendor:zte'],
      },
      scopes: [
        { part: 'whole-network', generations: ['5g'], measure: { kind: 'no-new-purchases' } },
      ],
      instrument: 'regulation',
    },
  }),
  ban({
    id: 'ban-us-2018-08',
    subject: 'US',
    effectiveAt: '2018-08',
    source: {
      document: DOC.encyclopedia,
      refs: ['11'],
      quote:
        'Section 889 of the 2019 National Defense Authorization Act, enacted August 2018, barred federal executive agencies from using or contracting with Huawei or ZTE systems',
      confidence: 'high',
      note: "The bans table's 'ban on federal procurement and subsidies for equipment ... Ongoing via annual NDAAs' [53].",
    },
    data: {
      measureId: 'us-2018-ndaa-section-889',
      vendors: huaweiAndZte(),
      scopes: [
        {
          part: 'government-networks',
          generations: ['all'],
          measure: { kind: 'no-new-purchases' },
        },
      ],
      instrument: 'law',
    },
  }),
  exclusion({
    id: 'exclusion-jp-2018-12',
    subject: 'JP',
    effectiveAt: '2018-12',
    source: {
      document: DOC.encyclopedia,
      refs: ['12'],
      quote:
        'Japan effectively barred Huawei and ZTE from core 5G infrastructure in December 2018 through procurement guidelines favoring trusted vendors.',
      confidence: 'medium',
      note: "Bans table: 'Guidelines excluding untrusted vendors from core 5G. | December 2018.' 001 says the Japanese government did not join US efforts to ban Huawei ('government japan instance noted join us efforts ban huawei', with 'not' stripped), so this is recorded as a non-binding procurement guideline (VendorsExcluded), not a ban.",
    },
    data: {
      measureId: 'jp-2018-procurement-guidelines',
      vendors: huaweiAndZte(),
      scopes: [{ part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } }],
      instrument: 'procurement-guideline',
    },
  }),
  ban({
    id: 'ban-us-2019-05',
    subject: 'US',
    effectiveAt: '2019-05',
    source: {
      document: DOC.encyclopedia,
      refs: ['53'],
      quote:
        "Huawei's designation on the Department of Commerce's Entity List in May 2019, which restricted U.S. exports of technology to the company",
      confidence: 'medium',
      note: "000 [12] says the same as a bound only ('By May 2019, the Commerce Department's addition of Huawei to the Entity List restricted its access to US-origin technologies'). Bans table, United States: 'Entity List addition for Huawei; FCC designation as national security threats; ban on federal procurement and subsidies for equipment. | May 2019 (Entity List)' [53]. The Entity List is an export control; 000 [38] says that as of 2020 the United States was 'the only NATO member to have fully restricted Chinese vendors from its 5G networks', so the row is recorded as a whole-network bar on new 5G purchases from the table's date. The FCC designation ('July', year stripped in 001 and 003) is not a separate event.",
    },
    data: {
      measureId: 'us-2019-entity-list',
      vendors: huaweiOnly(),
      scopes: [
        { part: 'whole-network', generations: ['5g'], measure: { kind: 'no-new-purchases' } },
      ],
      instrument: 'regulation',
    },
  }),
  exclusion({
    id: 'exclusion-ca-2020-06-03',
    subject: 'CA',
    effectiveAt: '2020-06-03',
    source: {
      document: DOC.encyclopedia,
      refs: ['3'],
      quote: "Canada's June 3, 2020, exclusion of Huawei from core infrastructure",
      confidence: 'medium',
      note: "000 does not say who decided; 002 attributes Canada's choice of Ericsson, Nokia and Samsung to its big three operators. Recorded as a non-binding exclusion of the 5G core.",
    },
    data: {
      measureId: 'ca-2020-core-exclusion',
      vendors: huaweiOnly(),
      scopes: [{ part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } }],
      instrument: 'policy-statement',
    },
  }),
  ban({
    id: 'ban-gb-2020-07-14',
    subject: 'GB',
    effectiveAt: '2020-07-14',
    source: {
      document: DOC.encyclopedia,
      refs: ['3', '54'],
      quote:
        "the United Kingdom's July 14, 2020, decision to purge Huawei from its 5G networks by 2027",
      confidence: 'high',
      note: "Bans table: 'Purge of Huawei from 5G networks by 2027; no new purchases after December 2020. | July 2020.[54]'. The bar on new purchases starts later, so it is the amendment amend-gb-2021-01-01.",
    },
    data: {
      measureId: 'uk-2020-huawei-5g-purge',
      vendors: huaweiOnly(),
      scopes: [
        {
          part: 'whole-network',
          generations: ['5g'],
          measure: { kind: 'removal', deadline: '2027' },
        },
      ],
      instrument: 'regulation',
    },
  }),
  amendment({
    id: 'amend-gb-2021-01-01',
    subject: 'GB',
    effectiveAt: '2021-01-01',
    source: {
      document: DOC.encyclopedia,
      refs: ['54'],
      quote: 'Purge of Huawei from 5G networks by 2027; no new purchases after December 2020.',
      confidence: 'high',
      note: "Part of the July 2020 decision (bans table); 'after December 2020' takes effect on 1 January 2021. The amendment adds the bar and keeps the 2027 removal, so it widens the measure.",
    },
    data: {
      measureId: 'uk-2020-huawei-5g-purge',
      scopes: [
        {
          part: 'whole-network',
          generations: ['5g'],
          measure: { kind: 'removal', deadline: '2027' },
        },
        { part: 'whole-network', generations: ['5g'], measure: { kind: 'no-new-purchases' } },
      ],
      note: 'No new purchases after December 2020; removal from 5G networks by 2027.',
    },
  }),
  ban({
    id: 'ban-se-2020-11',
    subject: 'SE',
    effectiveAt: '2020-11',
    source: {
      document: DOC.encyclopedia,
      refs: ['54'],
      quote: 'Ban on Huawei/ZTE in 5G spectrum auctions. | November 2020 (upheld June 2023).',
      confidence: 'high',
      note: "Also 000 [55][56][54]: 'Sweden (ban enacted November 2020 and upheld in June 2023)'. The documents give no removal deadline and do not mention a court suspension.",
    },
    data: {
      measureId: 'se-2020-5g-auction-conditions',
      vendors: huaweiAndZte(),
      scopes: [
        { part: 'whole-network', generations: ['5g'], measure: { kind: 'no-new-purchases' } },
      ],
      instrument: 'licence-condition',
    },
  }),
  statusChange({
    id: 'status-se-2023-06-upheld',
    subject: 'SE',
    effectiveAt: '2023-06',
    source: {
      document: DOC.encyclopedia,
      refs: ['55', '56', '54'],
      quote: 'Sweden (ban enacted November 2020 and upheld in June 2023)',
      confidence: 'medium',
      note: "The document says 'upheld' without naming who upheld it; a ban is upheld on appeal, so the ledger records a court.",
    },
    data: { measureId: 'se-2020-5g-auction-conditions', change: 'upheld', by: 'court' },
  }),
  ban({
    id: 'ban-de-2024-07',
    subject: 'DE',
    effectiveAt: '2024-07',
    source: {
      document: DOC.encyclopedia,
      refs: ['55', '56', '54'],
      quote:
        'with Germany mandating a phase-out of Huawei and ZTE components from 5G core networks by end-2026 and full critical components by 2029',
      confidence: 'high',
      note: "Bans table: 'Phase-out from 5G core by 2026; critical components by 2029. | July 2024.[56]'. 'Critical components' is recorded as the management part, the curator's reading; 000 [36] also says Germany imposed 'partial restrictions on Huawei rather than outright bans' in 2020, undated and without scope.",
    },
    data: {
      measureId: 'de-2024-huawei-zte-phase-out',
      vendors: huaweiAndZte(),
      scopes: [
        { part: 'core', generations: ['5g'], measure: { kind: 'removal', deadline: '2026' } },
        { part: 'management', generations: ['5g'], measure: { kind: 'removal', deadline: '2029' } },
      ],
      instrument: 'regulation',
    },
  }),
];
