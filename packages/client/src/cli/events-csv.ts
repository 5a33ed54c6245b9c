import { flatTable, neutraliseFormula } from '@cleannet/domain';
import { stringify } from 'csv-stringify/sync';
import type { StoredEventResponse } from '../rest/responses.js';

/**
 * Events as one CSV table with one header for every page, written as the
 * service writes its CSV answers (apps/ledger-api/src/http/tabular.ts):
 * text a spreadsheet would run as a formula (citations, actor names) is
 * neutralised and quoted; numbers stay numbers.
 */
export function eventsCsv(events: readonly StoredEventResponse[]): string {
  const table = flatTable(events as unknown as ReadonlyArray<Record<string, unknown>>);
  return stringify(table.rows, {
    header: true,
    columns: table.columns,
    cast: { string: neutraliseFormula },
    quoted_match: /^'/,
  });
}
