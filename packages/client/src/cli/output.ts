import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

/** Left-aligned columns, as wide as their widest cell. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

/** Writes to a file when `out` is given, else to stdout. */
export async function writeOutput(out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const file = createWriteStream(out);
  file.end(text);
  await finished(file);
}

export function percent(share: number | null): string {
  return share === null ? 'n/a' : `${(share * 100).toFixed(1)}%`;
}
