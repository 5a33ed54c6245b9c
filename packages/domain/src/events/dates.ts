import { z } from 'zod';
import { isPartialDate, type Precision } from '../time/partial-date.js';
import { isValidDay } from '../time/day.js';
import { isInstant } from '../time/instant.js';
import { MAX_INSTANT_LENGTH, MAX_PARTIAL_DATE_LENGTH } from './bounds.js';

export const PrecisionSchema = z.enum(['year', 'month', 'day']) satisfies z.ZodType<Precision>;

// Each form bounds the length; the max states it for the JSON Schema (the
// format check aborts first, so an over-long date gets one message).
export const PartialDateSchema = z
  .string()
  .refine(isPartialDate, {
    error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)',
    abort: true,
  })
  .max(MAX_PARTIAL_DATE_LENGTH);

export const DaySchema = z.string().refine(isValidDay, 'expected a calendar day as YYYY-MM-DD');

export const InstantSchema = z
  .string()
  .refine(isInstant, {
    error: 'expected an ISO 8601 UTC timestamp such as 2024-05-01T12:00:00.000Z',
    abort: true,
  })
  .max(MAX_INSTANT_LENGTH);
