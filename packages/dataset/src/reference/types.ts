/**
 * The reference-data shape of the event contract (docs/event-model.md,
 * "Reference data"). The domain takes a value of this shape as an input to its
 * projections; the dataset package is where the curated value lives.
 */
export type Alpha2 = string;

/** A date written at the precision its source gives: `2020`, `2020-11` or `2020-11-10`. */
export type PartialDate = string;

/** Where a table comes from, so every figure can be checked against its origin. */
export interface Provenance {
  readonly source: string;
  readonly edition?: string;
  readonly note?: string;
}

export interface CountryRow {
  readonly code: Alpha2;
  /** ISO 3166-1 numeric code as three digits ("076"); null for Kosovo, which has none. */
  readonly numeric: string | null;
  readonly name: string;
}

/** Figures by country and year: `byCountry.BR["2020"]`. A missing figure is absent, never zero. */
export interface FiguresByCountry {
  readonly provenance: Provenance;
  readonly byCountry: Readonly<Record<Alpha2, Readonly<Record<string, number>>>>;
}

export interface BlocMember {
  readonly country: Alpha2;
  readonly joined: PartialDate;
  readonly left?: PartialDate;
}

export interface BlocRow {
  readonly id: string;
  readonly name: string;
  readonly provenance: Provenance;
  readonly members: readonly BlocMember[];
}

export interface OperatorRow {
  readonly id: string;
  readonly name: string;
  readonly homeCountry: Alpha2;
  readonly subscribers?: { readonly count: number; readonly year: number; readonly source: string };
}

export interface CompanyRow {
  readonly id: string;
  readonly name: string;
  readonly homeCountry: Alpha2;
}

export interface VendorRow {
  readonly id: string;
  readonly name: string;
  readonly headquarters: Alpha2;
  readonly trust: 'untrusted' | 'trusted';
  readonly note?: string;
}

export interface ReferenceData {
  readonly countries: readonly CountryRow[];
  readonly gdpUsd: FiguresByCountry;
  readonly mobileSubscriptions: FiguresByCountry;
  readonly blocs: readonly BlocRow[];
  readonly operators: readonly OperatorRow[];
  readonly companies: readonly CompanyRow[];
  readonly vendors: readonly VendorRow[];
}
