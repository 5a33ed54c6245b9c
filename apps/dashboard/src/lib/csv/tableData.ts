import { formulaTrigger } from '@cleannet/domain/spreadsheet-safe';
import Papa from 'papaparse';

/** The data behind a chart, as its table view and CSV export show it. */
export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned and formatted as a number in the table view. */
  numeric?: boolean;
}

export type Cell = string | number | null;
export type TableRow = Record<string, Cell>;

export interface TableData {
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}

/**
 * CSV with a header of column labels. Text cells that a spreadsheet would
 * run as a formula (actor names and citations come from outside) are
 * prefixed with a single quote and quoted, by the same rule as the
 * service's and the CLI's CSV (domain's spreadsheet-safe.ts); papaparse's
 * own rule misses a formula that spans lines. Numbers stay numbers.
 */
export function toCsv(table: TableData): string {
  return Papa.unparse(
    {
      fields: table.columns.map((column) => column.label),
      data: table.rows.map((row) => table.columns.map((column) => row[column.key] ?? '')),
    },
    { escapeFormulae: formulaTrigger, newline: '\r\n' },
  );
}

/** A file name that says what and when: `trends-members-2020-11-10.csv`. */
export function csvFileName(...parts: string[]): string {
  const slug = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.csv`;
}

export function downloadCsv(fileName: string, table: TableData): void {
  const blob = new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
