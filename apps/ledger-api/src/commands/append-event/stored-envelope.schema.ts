import { LedgerEventSchema } from '@cleannet/domain';
import { z } from 'zod';

/**
 * The stored envelope as the API returns it (see `envelopeOf`): a ledger
 * event of any kind plus its log position. Built per kind, since each kind
 * is a strict object that would refuse the extra field.
 */
export const StoredEnvelopeSchema = z
  .discriminatedUnion(
    'type',
    LedgerEventSchema.options.map((kind) =>
      kind.extend({ position: z.int().min(0).describe('the position in the log, from 0') }),
    ) as unknown as [typeof positioned, ...(typeof positioned)[]],
  )
  .describe('A stored event: the CloudEvent the ledger recorded and its position in the log');

const positioned = LedgerEventSchema.options[0].extend({ position: z.int() });

export const StoredBatchSchema = z.strictObject({
  events: z.array(StoredEnvelopeSchema).describe('in batch order'),
});
