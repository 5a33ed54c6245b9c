/**
 * What the documents state that the curated history cannot reproduce by
 * name, and why. The validation suite checks each count against a replay,
 * so adding a newly sourced member means updating its gap here.
 */
export interface CountGap {
  readonly statement: string;
  readonly source: string;
  /** The count the documents give (a lower bound where they say "more than"). */
  readonly documented: number;
  /** How many of those the documents leave unnamed, given what the ledger names. */
  readonly unnamed: number;
  readonly reason: string;
}

export const knownGaps = {
  brazilFiftieth: {
    statement: 'Brazil is the 50th country on 2020-11-10 (and Ecuador the 51st)',
    source: '000 [3], [33]; 002 (Araújo)',
    documented: 50,
    unnamed: 38,
    reason:
      'The documents name only eleven countries with a date before 2020-11-10 (Estonia, the United States, Canada, Romania, Latvia, the United Kingdom, the Czech Republic, Poland, Denmark, Sweden, Cyprus); the other 38 of the 49 that preceded Brazil are never named or never dated before November 2020 (most are only known "in 2020", placed on 2020-12-31). Brazil is therefore 12th and Ecuador 13th in the ledger: the order is right, the ordinal is short by 38.',
  },
  countriesDecember2020: {
    statement: 'more than 60 nations had committed by December 2020',
    source: '003 (twice); 000 lead [3][4]',
    documented: 61,
    unnamed: 13,
    reason:
      'The ledger names 48 countries by 2020-12-31 (33 named individually, 15 EU members named by the "26 of 27, excluding Hungary" claim); at least 13 more are unnamed. The "more than 30" and "over 50" figures are earlier or looser statements of the same count (see docs/dataset.md).',
  },
  natoTwentySevenOfThirty: {
    statement: '27 of 30 NATO members',
    source: '000 lead [5][6]',
    documented: 27,
    unnamed: 2,
    reason:
      'The claim does not name its three exceptions. Hungary is one (it never joins); of Iceland, Montenegro, Norway and Turkey, which no passage names, two are members and cannot be told apart, so the ledger counts 25.',
  },
  cleanTelcosDecember2020: {
    statement: '180 Clean Telcos across 53 countries and territories by 2020-12-17',
    source: '000 [3]; 003 (180 in one passage, 200 in another)',
    documented: 180,
    unnamed: 153,
    reason:
      "The documents name 27 clean telcos (24 by name, and Canada's big three by description); the other 153 are never named.",
  },
  euRestrictionsMid2024: {
    statement: 'eleven EU member states restricted or banned high-risk vendors by mid-2024',
    source: '000 [55][56][54]',
    documented: 11,
    unnamed: 3,
    reason:
      "The sentence names eight (Sweden, Latvia, Lithuania, Estonia, Czech Republic, Poland, Romania, Bulgaria). Germany's phase-out law is dated July 2024, after mid-2024, and the sentence does not say whether Germany is one of the eleven, so three stay unnamed.",
  },
} as const satisfies Record<string, CountGap>;

/** Facts the brief or a reader might expect that no document states, so the ledger does not record them. */
export const notInSources: readonly { readonly fact: string; readonly reason: string }[] = [
  {
    fact: "A court suspended Sweden's 5G auction conditions weeks after they were set (2020)",
    reason:
      "No document mentions a suspension; 000 says only 'ban enacted November 2020 and upheld in June 2023'.",
  },
  {
    fact: 'Removal deadlines in Sweden, Australia, Japan and Canada',
    reason:
      'The documents give removal deadlines only for the United Kingdom (2027) and Germany (2026, 2029).',
  },
  {
    fact: 'Which OECD members were in the alliance',
    reason:
      "001 keeps 'oecd nations' but its numerals are stripped, and no other document gives the count.",
  },
  {
    fact: "The Estonian clean telco in 001's list, and a second United Kingdom one",
    reason:
      "001 reads 'hrvatski telekom croatia estonia cosmote greece' and 'tdc denmark united kingdom singtel': the operator names are lost.",
  },
  {
    fact: 'Ukraine and Serbia signing deals with Huawei (GLOBSEC study), Vodafone Spain using Huawei, the EU contemplating a mandatory ban',
    reason:
      '001 only, years stripped; Ukraine is not said to have reversed its statement, and Vodafone Spain never pledged, so there is no commitment to reverse.',
  },
  {
    fact: "New Zealand's November 2018 rejection of a Huawei-led 5G bid, Singapore's June 29, 2020 choice of Nokia and Ericsson, France's partial restrictions",
    reason:
      'The documents give no scope (which part of which network) for these, so they stay notes in notes/facts.md.',
  },
];
