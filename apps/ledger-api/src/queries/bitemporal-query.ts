import { z } from 'zod';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day that really exists (rejects 2021-02-30), as YYYY-MM-DD. */
export const DaySchema = z
  .string()
  .regex(dayPattern, 'expected a day as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a calendar day');

/** An instant: a day (meaning its end, 23:59:59.999Z) or an ISO 8601 timestamp with a zone. */
export const InstantQuerySchema = z
  .string()
  .refine(
    (value) =>
      DaySchema.safeParse(value).success ||
      (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
        !Number.isNaN(Date.parse(value))),
    'expected an ISO 8601 timestamp with a zone (2021-01-31T12:00:00Z) or a day (2021-01-31)',
  )
  .transform((value) =>
    dayPattern.test(value) ? `${value}T23:59:59.999Z` : new Date(value).toISOString(),
  );

export const formatSchema = z.enum(['json', 'csv']).optional();

/** `asOf` (valid time, default today) and `knownAt` (transaction time, default now). */
export const bitemporalFields = {
  asOf: DaySchema.optional(),
  knownAt: InstantQuerySchema.optional(),
  format: formatSchema,
};

export const BitemporalQuerySchema = z.strictObject(bitemporalFields);
export type BitemporalQuery = z.output<typeof BitemporalQuerySchema>;

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
