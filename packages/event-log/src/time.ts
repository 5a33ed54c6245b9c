/** Transaction times have millisecond precision; finer input is floored to the millisecond. */
export function toEpochMs(timestamp: string | Date): number {
  const ms = typeof timestamp === 'string' ? Date.parse(timestamp) : timestamp.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a timestamp: ${String(timestamp)}`);
  return ms;
}
