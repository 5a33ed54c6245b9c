import { z } from 'zod';

/** GET /healthz. */
export const LivenessSchema = z.strictObject({ status: z.literal('ok') });

/** GET /readyz: 200 when every check passes, 503 otherwise. */
export const ReadinessSchema = z.strictObject({
  status: z.enum(['ready', 'not-ready']),
  checks: z.array(
    z.strictObject({ name: z.string(), ok: z.boolean(), detail: z.string().optional() }),
  ),
});
