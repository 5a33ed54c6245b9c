import { DaySchema } from '@cleannet/domain';
import { z } from 'zod';

const dayOnly = /^\d{4}-\d{2}-\d{2}$/;

/** `knownAt`: an ISO 8601 instant, or a day meaning its last millisecond (UTC). */
export const KnownAtSchema = z
  .string()
  .refine(
    (value) =>
      dayOnly.test(value)
        ? DaySchema.safeParse(value).success
        : z.iso.datetime({ offset: true }).safeParse(value).success,
    'expected an ISO 8601 timestamp with a zone (2021-01-31T12:00:00Z) or a day (2021-01-31)',
  )
  .transform((value) =>
    dayOnly.test(value) ? `${value}T23:59:59.999Z` : new Date(value).toISOString(),
  );

export const AsOfSchema = DaySchema;

/** `asOf` (valid time, default today) and `knownAt` (transaction time, default now). */
export const bitemporalFields = {
  asOf: AsOfSchema.optional(),
  knownAt: KnownAtSchema.optional(),
  format: z.enum(['json', 'csv']).optional(),
};

export const BitemporalQuerySchema = z.strictObject(bitemporalFields);
export type BitemporalQuery = z.output<typeof BitemporalQuerySchema>;

export function asOfQuery(query: { asOf?: string | undefined; knownAt?: string | undefined }) {
  const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
  return query.knownAt === undefined ? { asOf } : { asOf, knownAt: query.knownAt };
}
