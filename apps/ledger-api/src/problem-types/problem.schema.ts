import { z } from 'zod';

/**
 * An RFC 9457 problem document as the service sends it (see
 * http/problem-details): the standard members, the field errors, and the
 * extension members some problems carry. Loose, as RFC 9457 lets a problem
 * type add members; the ones the service uses are listed.
 */
export const ProblemSchema = z
  .looseObject({
    type: z
      .url()
      .describe('the problem type: an absolute URL whose page describes it (GET /problems/{type})'),
    title: z.string().describe('the same for every problem of this type'),
    status: z.int().min(400).max(599),
    detail: z.string().describe('what went wrong with this request'),
    instance: z.string().optional().describe('the request path and query'),
    errors: z
      .array(
        z.strictObject({
          path: z.string().describe('the field or rule, e.g. data.scopes[0].deadline'),
          message: z.string(),
        }),
      )
      .optional()
      .describe('each field or rule the request broke'),
    code: z.string().optional().describe('the domain error code (422, 409)'),
    rule: z.string().optional().describe('the domain rule broken (422)'),
    subject: z.string().optional().describe('version conflicts: the actor'),
    expected: z.int().optional().describe('version conflicts: the version the request expected'),
    actual: z.int().optional().describe('version conflicts: the version the log holds'),
  })
  .describe('An RFC 9457 problem document (application/problem+json)');
