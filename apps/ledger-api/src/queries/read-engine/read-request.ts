/** The as-of bounds every index read takes (asOf resolved, knownAt normalised). */
export interface AsOf {
  readonly asOf: string;
  readonly knownAt?: string;
}

/**
 * A read the ledger index answers, already validated by its route. Plain
 * data, so it can cross to a worker thread. `csv` asks for the answer's main
 * table as CSV (answers without a table are JSON whatever it says).
 */
export type ReadRequest = { readonly csv: boolean } & (
  | { readonly route: 'membership'; readonly query: AsOf }
  | { readonly route: 'exposure'; readonly query: AsOf; readonly vendor?: string }
  | { readonly route: 'regressions'; readonly query: AsOf }
  | { readonly route: 'actors'; readonly query: AsOf; readonly kind?: string }
  | { readonly route: 'timeline'; readonly query: AsOf; readonly actorId: string }
  | {
      readonly route: 'trends';
      readonly from: string;
      readonly to: string;
      readonly interval: 'month' | 'quarter' | 'year';
      readonly knownAt?: string;
      readonly vendor?: string;
    }
);
