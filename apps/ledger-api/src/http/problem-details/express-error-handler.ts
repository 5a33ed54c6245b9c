import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { sendProblem } from './send-problem.js';
import type { ProblemMappingOptions } from './to-problem.js';

/** Catches errors raised by Express middleware (body parser, content type) before Nest sees the request. */
export function expressProblemHandler(logger: Logger, options: ProblemMappingOptions) {
  return (error: unknown, request: Request, response: Response, _next: NextFunction) => {
    sendProblem(error, request, response, logger, options);
  };
}
