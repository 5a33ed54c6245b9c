import { z } from 'zod';

export const ChangesStreamQuerySchema = z.strictObject({
  actor: z.string().min(1).max(200).optional(),
  kind: z.enum(['country', 'operator', 'company', 'bloc']).optional(),
  regressionsOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  /** Resume cursor for clients that cannot set Last-Event-ID (EventSource on first connect). */
  after: z.coerce.number().int().min(0).optional(),
});

export type ChangesStreamQuery = z.output<typeof ChangesStreamQuerySchema>;

export const LastEventIdSchema = z
  .string()
  .regex(/^\d{1,15}$/, 'Last-Event-ID must be a change sequence number')
  .transform(Number);
