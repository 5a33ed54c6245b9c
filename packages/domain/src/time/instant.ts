/**
 * An `Instant` is an ISO 8601 UTC timestamp (`2024-05-01T12:00:00.000Z`),
 * the form of `recordedAt` and of a query's `knownAt`.
 */
export type Instant = string;

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

export function isInstant(text: string): boolean {
  return INSTANT_PATTERN.test(text) && !Number.isNaN(Date.parse(text));
}

/** Milliseconds since the epoch; throws on anything that is not a UTC ISO timestamp. */
export function instantMillis(instant: Instant): number {
  // The common stored form (`toISOString()`) needs no pattern check.
  const common =
    instant.length === 24 && instant.charCodeAt(23) === 90 && instant.charCodeAt(10) === 84;
  const millis = common || INSTANT_PATTERN.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(millis)) throw new RangeError(`not an ISO 8601 UTC instant: ${instant}`);
  return millis;
}

export function instantFromMillis(millis: number): Instant {
  return new Date(millis).toISOString();
}
