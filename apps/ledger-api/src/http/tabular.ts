import { stringify } from 'csv-stringify/sync';
import { flatTable, neutraliseFormula } from '@cleannet/domain';
import type { Request } from 'express';

/**
 * The main table of an answer as CSV. Text cells a spreadsheet would run as
 * a formula are neutralised and quoted (domain's spreadsheet-safe.ts): actor
 * names and citations come from outside. Numbers are written as numbers.
 */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  const table = flatTable(rows);
  return stringify(table.rows, {
    header: true,
    columns: table.columns,
    cast: { string: neutraliseFormula },
    quoted_match: /^'/,
  });
}

/** CSV when asked by `format=csv` or an Accept header preferring text/csv over JSON. */
export function wantsCsv(request: Request, format: string | undefined): boolean {
  if (format) return format === 'csv';
  return request.accepts(['application/json', 'text/csv']) === 'text/csv';
}
