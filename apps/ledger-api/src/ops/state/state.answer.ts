import { z } from 'zod';

/** GET /ops/state: how far the projections got and a digest of their state. */
export const ProjectionStateSchema = z.strictObject({
  events: z.int().min(0).describe('events applied'),
  changes: z.int().min(0).describe('the last commitment-change sequence number'),
  stateHashAsOf: z.string(),
  stateHash: z
    .string()
    .describe('SHA-256 of the projections; equal to a fresh replay of the same log'),
});
