import { z } from 'zod';
import { isPartialDate, type Precision } from '../time/partial-date.js';
import { isValidDay } from '../time/day.js';
import { isInstant } from '../time/instant.js';

export const PrecisionSchema = z.enum(['year', 'month', 'day']) satisfies z.ZodType<Precision>;

export const PartialDateSchema = z
  .string()
  .refine(isPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)');

export const DaySchema = z.string().refine(isValidDay, 'expected a calendar day as YYYY-MM-DD');

export const InstantSchema = z
  .string()
  .refine(isInstant, 'expected an ISO 8601 UTC timestamp such as 2024-05-01T12:00:00.000Z');
