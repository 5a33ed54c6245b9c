// Timing helpers for the domain benchmark. The machine is shared, so every
// measurement records both wall-clock time and this process's CPU time.
export interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export function measure<T>(work: () => T): { result: T } & Sample {
  const cpu = cpuNow();
  const wall = performance.now();
  const result = work();
  return { result, wallMs: performance.now() - wall, cpuMs: cpuNow() - cpu };
}

export async function measureAsync<T>(work: () => Promise<T>): Promise<{ result: T } & Sample> {
  const cpu = cpuNow();
  const wall = performance.now();
  const result = await work();
  return { result, wallMs: performance.now() - wall, cpuMs: cpuNow() - cpu };
}

/**
 * Resolves once this process has used less than `idleCpuMs` of CPU in a
 * `windowMs` window, or after `maxMs`, with the time it waited: after a full
 * collection V8's helper threads go on sweeping for a while, and on 2 cores
 * they take the core the measured code would run on.
 */
export async function waitUntilIdle(windowMs = 100, idleCpuMs = 5, maxMs = 5000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < maxMs) {
    const cpu = cpuNow();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    if (cpuNow() - cpu < idleCpuMs) break;
  }
  return performance.now() - start;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

export interface Row {
  readonly what: string;
  readonly value: string;
  readonly target?: string;
}

export function printTable(rows: readonly Row[]): void {
  const width = Math.max(...rows.map((row) => row.what.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  console.log(`| ${'measure'.padEnd(width)} | ${'result'.padEnd(valueWidth)} | target |`);
  console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(valueWidth)} | ------ |`);
  for (const row of rows)
    console.log(
      `| ${row.what.padEnd(width)} | ${row.value.padEnd(valueWidth)} | ${row.target ?? ''} |`,
    );
}

export const ms = (value: number): string => `${value.toFixed(2)} ms`;
export const rate = (events: number, millis: number): string =>
  `${Math.round((events / millis) * 1000).toLocaleString('en-US')} events/s`;
