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

/**
 * One country's figures by year, array-indexed: the entry for a year is the
 * latest figure on or before it (years are four digits, see the schema).
 * Figures are shared: every answer for the same country and year gets the
 * same immutable object.
 */
export class YearFigures {
  private constructor(
    private readonly firstYear: number,
    private readonly byYear: readonly (Figure | undefined)[],
  ) {}

  static of(table: FigureTable, country: string): YearFigures | undefined {
    const byYear = table.byCountry[country];
    if (byYear === undefined) return undefined;
    const years = Object.keys(byYear).map(Number);
    if (years.length === 0) return undefined;
    const firstYear = Math.min(...years);
    const lastYear = Math.max(...years);
    const figures: (Figure | undefined)[] = [];
    for (let year = firstYear; year <= lastYear; year += 1) {
      const exact = figureFor(table, country, year);
      const previous = figures[figures.length - 1];
      // A year without its own figure shares the previous year's object.
      figures.push(previous !== undefined && exact?.year === previous.year ? previous : exact);
    }
    return new YearFigures(firstYear, figures);
  }

  at(year: number): Figure | undefined {
    if (!(year >= this.firstYear)) return undefined;
    return this.byYear[Math.min(year - this.firstYear, this.byYear.length - 1)];
  }
}

/** Each country's `YearFigures`, built on first use: tables are read many times per query. */
export function yearFiguresLookup(
  table: FigureTable,
): (country: string) => YearFigures | undefined {
  const byCountry = new Map<string, YearFigures | null>();
  return (country) => {
    let figures = byCountry.get(country);
    if (figures === undefined) {
      figures = YearFigures.of(table, country) ?? null;
      byCountry.set(country, figures);
    }
    return figures ?? undefined;
  };
}
