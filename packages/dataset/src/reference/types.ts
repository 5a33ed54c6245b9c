import type { ReferenceData } from '@cleannet/domain';

/**
 * The reference-data shape is the domain's (docs/event-model.md, "Reference
 * data"); the row types here name its parts for the tables in this folder.
 */
export type { Provenance, ReferenceData } from '@cleannet/domain';
export type CountryRow = ReferenceData['countries'][number];
export type FiguresByCountry = ReferenceData['gdpUsd'];
export type BlocRow = ReferenceData['blocs'][number];
export type BlocMember = BlocRow['members'][number];
export type OperatorRow = ReferenceData['operators'][number];
export type CompanyRow = ReferenceData['companies'][number];
export type VendorRow = ReferenceData['vendors'][number];
