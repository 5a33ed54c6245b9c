import { CommitmentChangeSchema } from '@cleannet/domain';
import { z } from 'zod';
import { COMMITMENT_CHANGE_SOURCE, COMMITMENT_CHANGE_TYPE } from './commitment-change-event.js';

/** `CommitmentChangeCloudEvent` as a schema: the payload of the changes topic (AsyncAPI). */
export const CommitmentChangeCloudEventSchema = z
  .strictObject({
    specversion: z.literal('1.0'),
    id: z
      .string()
      .describe(
        "the change id <position>.<index>.<digest> (the SSE id): the log position of the cause event, the change's index among its changes, and a digest of the history up to it; unique, stable across restarts, increasing in topic order",
      ),
    type: z.literal(COMMITMENT_CHANGE_TYPE),
    source: z.literal(COMMITMENT_CHANGE_SOURCE),
    subject: z.string().describe('the actor id (also the Kafka key)'),
    time: z.string().describe('recordedAt of the cause event'),
    datacontenttype: z.literal('application/json'),
    data: CommitmentChangeSchema,
  })
  .describe('One commitment change as CloudEvents 1.0 JSON (structured mode)');
