import type { FigureTable } from './reference-data.js';

/** A reference figure and the year it is for (earlier than asked when that year had none). */
export interface Figure {
  readonly value: number;
  readonly year: number;
}

/**
 * The figure for `year`, or the latest earlier year that has one; `undefined`
 * when there is none (reported as missing, never as zero).
 */
export function figureFor(table: FigureTable, country: string, year: number): Figure | undefined {
  const byYear = table.byCountry[country];
  if (byYear === undefined) return undefined;
  let best: Figure | undefined;
  for (const [key, value] of Object.entries(byYear)) {
    const figureYear = Number(key);
    if (figureYear <= year && (best === undefined || figureYear > best.year))
      best = { value, year: figureYear };
  }
  return best;
}

/** Looks figures up once per (country, year): tables are read many times per query. */
export function figureLookup(
  table: FigureTable,
): (country: string, year: number) => Figure | undefined {
  // Per country, the figure by year (null: none), so a lookup builds no key.
  const cache = new Map<string, Map<number, Figure | null>>();
  return (country, year) => {
    let byYear = cache.get(country);
    if (byYear === undefined) {
      byYear = new Map();
      cache.set(country, byYear);
    }
    let hit = byYear.get(year);
    if (hit === undefined) {
      hit = figureFor(table, country, year) ?? null;
      byYear.set(year, hit);
    }
    return hit ?? undefined;
  };
}
