/** A compact row: a country code, then one value per year of its table (null = unknown). */
export type FigureRow = readonly [string, ...(number | null)[]];

/**
 * Turns compact rows `[country, v0, v1, ...]` (one value per year, null =
 * unknown) into `{ country: { year: value * unit } }`, leaving unknown
 * figures absent so that projections report them missing rather than zero.
 */
export function figuresByYear(
  years: readonly string[],
  rows: readonly FigureRow[],
  unit: number,
): Record<string, Record<string, number>> {
  const byCountry: Record<string, Record<string, number>> = {};
  for (const [country, ...values] of rows) {
    if (values.length !== years.length) {
      throw new Error(`${country}: expected ${years.length} values, got ${values.length}`);
    }
    if (byCountry[country] !== undefined) throw new Error(`${country}: listed twice`);
    const byYear: Record<string, number> = {};
    values.forEach((value, index) => {
      const year = years[index];
      // Multiplying then rounding keeps 0.12e9 an integer number of dollars.
      if (value !== null && year !== undefined) byYear[year] = Math.round(value * unit);
    });
    byCountry[country] = byYear;
  }
  return byCountry;
}
