import { z } from 'zod';
import {
  boundedString,
  MAX_DOCUMENT_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_REF_LENGTH,
  MAX_URL_LENGTH,
  tooLong,
} from './bounds.js';

/** Where a fact comes from, precise enough for a reader to check it. */
export const CitationSchema = z.strictObject({
  document: boundedString(MAX_DOCUMENT_LENGTH).min(1),
  refs: z.array(boundedString(MAX_REF_LENGTH).min(1)).optional(),
  url: z.url().max(MAX_URL_LENGTH, tooLong(MAX_URL_LENGTH)).optional(),
  quote: boundedString(MAX_QUOTE_LENGTH).min(1).optional(),
  confidence: z.enum(['high', 'medium', 'low']),
  derivedFromAggregate: boundedString(MAX_QUOTE_LENGTH).min(1).optional(),
  note: boundedString(MAX_NOTE_LENGTH).optional(),
});

export type Citation = z.infer<typeof CitationSchema>;
