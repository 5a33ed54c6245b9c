import { stringify } from 'csv-stringify/sync';
import type { Request } from 'express';

type Row = Record<string, unknown>;

/** Nested objects become dotted columns; lists of plain values are joined; other lists stay JSON. */
export function flattenRow(
  value: Row,
  prefix = '',
  into: Record<string, string> = {},
): Record<string, string> {
  for (const [key, field] of Object.entries(value)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (field === null || field === undefined) into[column] = '';
    else if (Array.isArray(field)) {
      into[column] = field.every((item) => typeof item !== 'object' || item === null)
        ? field.join('; ')
        : JSON.stringify(field);
    } else if (typeof field === 'object') flattenRow(field as Row, column, into);
    else into[column] = String(field);
  }
  return into;
}

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
