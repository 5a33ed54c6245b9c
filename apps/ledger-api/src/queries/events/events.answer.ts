import { z } from 'zod';
import { StoredEnvelopeSchema } from '../../commands/append-event/stored-envelope.schema.js';

/** GET /v1/events: one page of the log, in log order. */
export const EventsPageSchema = z
  .strictObject({
    events: z.array(StoredEnvelopeSchema),
    nextCursor: z
      .int()
      .min(0)
      .optional()
      .describe('pass as `cursor` for the next page; absent on the last page'),
  })
  .describe('One page of the log, in log order');
