type Row = Record<string, unknown>;

/** A flat cell: numbers stay numbers, so a CSV writer can tell -3 (data) from "-3" (text). */
export type FlatCell = string | number;

/**
 * How a projection's row reads as flat columns (CSV exports): nested objects
 * become dotted columns, lists of plain values are joined with "; ", other
 * lists stay JSON. The service's CSV answers and the CLI's exports both use
 * it, so the same row has the same columns wherever it is exported.
 */
export function flattenRow(
  value: Row,
  prefix = '',
  into: Record<string, FlatCell> = {},
): Record<string, FlatCell> {
  for (const [key, field] of Object.entries(value)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (field === null || field === undefined) into[column] = '';
    else if (Array.isArray(field)) {
      into[column] = field.every((item) => typeof item !== 'object' || item === null)
        ? field.join('; ')
        : JSON.stringify(field);
    } else if (typeof field === 'object') flattenRow(field as Row, column, into);
    else into[column] = typeof field === 'number' ? field : String(field);
  }
  return into;
}

/**
 * Rows as one flat table: every row flattened, the columns the union over
 * all rows in order of first appearance (rows that lack one leave it blank).
 */
export function flatTable(rows: readonly Row[]): {
  readonly columns: string[];
  readonly rows: Array<Record<string, FlatCell>>;
} {
  const flat = rows.map((row) => flattenRow(row));
  return { columns: [...new Set(flat.flatMap((row) => Object.keys(row)))], rows: flat };
}
