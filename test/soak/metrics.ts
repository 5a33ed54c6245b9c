/** One Prometheus sample value by metric name (first series), or NaN. */
export function metricValue(text: string, name: string): number {
  const line = text
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name} `) || candidate.startsWith(`${name}{`));
  return line === undefined ? Number.NaN : Number(line.slice(line.lastIndexOf(' ') + 1));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Least-squares slope of y over x. */
export function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  const sxy = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}

/** Mean of a Prometheus histogram (its _sum over its _count, first series), or NaN. */
export function histogramMean(text: string, name: string): number {
  const sum = metricValue(text, `${name}_sum`);
  const count = metricValue(text, `${name}_count`);
  return count > 0 ? sum / count : Number.NaN;
}

/** `histogramMean` of a histogram in seconds, in milliseconds. */
export function histogramMeanMs(text: string, name: string): number {
  return Math.round(histogramMean(text, name) * 10_000) / 10;
}
