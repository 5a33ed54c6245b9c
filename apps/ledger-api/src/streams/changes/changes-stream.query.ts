import { z } from 'zod';
import { CHANGE_ID_FORMAT } from './change-id.js';

/** A change id as a client sends it back; whether it names a change is the feed's to say. */
const changeIdText = z.string().max(100);

export const ChangesStreamQuerySchema = z.strictObject({
  actor: z.string().min(1).max(200).optional(),
  kind: z.enum(['country', 'operator', 'company', 'bloc']).optional(),
  regressionsOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  /** Resume cursor for clients that cannot set Last-Event-ID (EventSource on first connect). */
  after: changeIdText.optional(),
});

export type ChangesStreamQuery = z.output<typeof ChangesStreamQuerySchema>;

export const CHANGE_ID_MESSAGE = `a change id is ${CHANGE_ID_FORMAT}, as the stream sent it`;
