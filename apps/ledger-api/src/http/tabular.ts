import { stringify } from 'csv-stringify/sync';
import { flattenRow } from '@cleannet/domain';
import type { Request } from 'express';

type Row = Record<string, unknown>;

export function toCsv(rows: readonly Row[]): string {
  const flat = rows.map((row) => flattenRow(row));
  const columns = [...new Set(flat.flatMap((row) => Object.keys(row)))];
  return stringify(flat, { header: true, columns });
}

/** CSV when asked by `format=csv` or an Accept header preferring text/csv over JSON. */
export function wantsCsv(request: Request, format: string | undefined): boolean {
  if (format) return format === 'csv';
  return request.accepts(['application/json', 'text/csv']) === 'text/csv';
}
