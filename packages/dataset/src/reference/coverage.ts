import type { FiguresByCountry } from './types.js';

/**
 * The sum of a figure table for a year, taking each country's latest figure
 * on or before that year (as the domain's projections do), and the share of a
 * world total it reaches.
 */
export function coveredTotal(table: FiguresByCountry, year: string): number {
  let total = 0;
  for (const byYear of Object.values(table.byCountry)) {
    const latest = Object.keys(byYear)
      .filter((candidate) => candidate <= year)
      .sort()
      .at(-1);
    if (latest !== undefined) total += byYear[latest] ?? 0;
  }
  return total;
}
