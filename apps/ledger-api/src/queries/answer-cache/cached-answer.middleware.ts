import type { NextFunction, Request, Response } from 'express';
import type { AnswerCache } from './answer-cache.js';
import { answerKey, sendCachedAnswer } from './serve-answer.js';

/**
 * Serves cached read answers before Nest's router: a cached answer was
 * produced by the route for this exact URL and representation, after its
 * query was validated, and no event applied since can have changed it, so
 * routing, the guard and the validation pipe would only redo work. Runs
 * after the logging, metrics, security-header and in-flight middleware.
 * Not used when reads need a token: then every read goes through the guard.
 */
export function cachedAnswerMiddleware(cache: AnswerCache) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !request.url.startsWith('/v1/')
    ) {
      return next();
    }
    const hit = cache.get(answerKey(request));
    if (hit === undefined) {
      response.locals.answerLookedUp = true;
      return next();
    }
    sendCachedAnswer(response, hit);
  };
}
