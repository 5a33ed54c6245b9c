import { z } from 'zod';

/** Where a fact comes from, precise enough for a reader to check it. */
export const CitationSchema = z.strictObject({
  document: z.string().min(1),
  refs: z.array(z.string().min(1)).optional(),
  url: z.url().optional(),
  quote: z.string().min(1).optional(),
  confidence: z.enum(['high', 'medium', 'low']),
  derivedFromAggregate: z.string().min(1).optional(),
  note: z.string().optional(),
});

export type Citation = z.infer<typeof CitationSchema>;
