import { z } from 'zod';

/** GET /ops/state: how far the projections got and a digest of their state. */
export const ProjectionStateSchema = z.strictObject({
  events: z.int().min(0).describe('events applied'),
  changes: z.int().min(0).describe('commitment changes derived'),
  lastChangeId: z
    .string()
    .nullable()
    .describe('the id of the last change (the head of the stream), null when none'),
  stateHashAsOf: z.string(),
  stateHash: z
    .string()
    .describe('SHA-256 of the projections; equal to a fresh replay of the same log'),
});
