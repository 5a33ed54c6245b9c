import { LedgerEventSchema } from '@cleannet/domain';
import { z } from 'zod';

// Each kind is a strict object that would refuse the extra field: extend each.
const storedKinds = LedgerEventSchema.options.map((kind) =>
  kind.extend({ position: z.int().min(0).describe('the position in the log, from 0') }),
);

/**
 * The stored envelope as the API returns it (see `envelopeOf`): a ledger
 * event of any kind plus its log position.
 */
export const StoredEnvelopeSchema = z
  .discriminatedUnion(
    'type',
    storedKinds as [(typeof storedKinds)[number], ...(typeof storedKinds)[number][]],
  )
  .describe('A stored event: the CloudEvent the ledger recorded and its position in the log');

export const StoredBatchSchema = z.strictObject({
  events: z.array(StoredEnvelopeSchema).describe('in batch order'),
});
