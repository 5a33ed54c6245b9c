import { z } from 'zod';

/** GET /v1/actors: every actor the ledger has events about, with its status on asOf. */
export const ActorsAnswerSchema = z
  .strictObject({
    asOf: z.string(),
    knownAt: z.string().optional(),
    actors: z.array(
      z.strictObject({
        id: z.string(),
        kind: z.enum(['country', 'operator', 'company', 'bloc', 'vendor']),
        name: z.string().nullable().describe('from its events or the reference data'),
        commitment: z.enum(['none', 'member', 'weakened', 'reversed']),
        joinedOn: z.string().nullable().describe('the day the current membership began'),
        measures: z.int().min(0).describe('measures it has taken'),
      }),
    ),
  })
  .describe('Every actor the ledger has events about, with its status on asOf');
