import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { redactUrl } from '../../ops/logging/secret-parameters.js';
import { absoluteProblemType } from '../../problem-types/public-base-url.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';
import { toProblem, type ProblemMappingOptions } from './to-problem.js';

/** Writes any error as a problem document; shared by the Nest filter and the Express handler. */
export function sendProblem(
  error: unknown,
  request: Request,
  response: Response,
  logger: Logger,
  options: ProblemMappingOptions,
): void {
  const mapped = toProblem(error, options);
  if (mapped.unexpected)
    logger.error(
      { err: error, reqId: (request as Request & { id?: string }).id },
      'request failed',
    );
  if (response.headersSent) {
    // An SSE stream or a CSV body was already under way: all we can do is end it.
    response.end();
    return;
  }
  for (const [name, value] of Object.entries(mapped.headers)) response.setHeader(name, value);
  response
    .status(mapped.problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify({
        ...mapped.problem,
        type: absoluteProblemType(mapped.problem.type, request, options.publicUrl),
        instance: redactUrl(request.originalUrl),
      }),
    );
}
