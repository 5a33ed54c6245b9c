import { UsageError } from './cli-errors.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day, YYYY-MM-DD, that exists (2021-02-30 does not). */
export function parseDay(value: string, option: string): string {
  const match = DAY.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day
    ) {
      return value;
    }
  }
  throw new UsageError(`${option} must be a calendar date as YYYY-MM-DD, not "${value}".`);
}

/** A day, or an ISO 8601 instant with a zone (2021-01-31T12:00:00Z). */
export function parseKnownAt(value: string, option = '--known-at'): string {
  if (DAY.test(value)) return parseDay(value, option);
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
  if (instant.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new UsageError(
    `${option} must be YYYY-MM-DD or an ISO 8601 time with a zone (2021-01-31T12:00:00Z), not "${value}".`,
  );
}
