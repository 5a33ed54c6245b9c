import { CommitmentChangeSchema } from '@cleannet/domain';
import { z } from 'zod';

/** GET /v1/regressions: every change that weakened a commitment, effective on or before asOf. */
export const RegressionsAnswerSchema = z
  .strictObject({
    asOf: z.string(),
    knownAt: z.string().optional(),
    regressions: z.array(CommitmentChangeSchema).describe('in timeline order'),
  })
  .describe('Every change that weakened a commitment, effective on or before asOf');
