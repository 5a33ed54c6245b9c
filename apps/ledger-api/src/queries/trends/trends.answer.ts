import { TrendPointSchema } from '@cleannet/domain';
import { z } from 'zod';

/** GET /v1/trends: a point at the end of each interval from..to, then at `to`. */
export const TrendsAnswerSchema = z
  .strictObject({
    from: z.string(),
    to: z.string(),
    interval: z.enum(['month', 'quarter', 'year']),
    points: z.array(TrendPointSchema),
  })
  .describe('Membership and exposure figures at the end of each interval from..to');
