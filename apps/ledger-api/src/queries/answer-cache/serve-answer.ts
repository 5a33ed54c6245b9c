import type { Request, Response } from 'express';
import type { AnswerCache, CachedAnswer } from './answer-cache.js';
import type { AnswerScope } from './answer-scope.js';
import type { SerialisedAnswer } from './serialise-answer.js';

/** DI token for the app's AnswerCache. */
export const ANSWER_CACHE = Symbol('ANSWER_CACHE');

/**
 * Answers are cached per representation and exact URL: two spellings of the
 * same query are two entries, which costs memory, never correctness. The
 * representation is part of the key because `Accept` can ask for CSV.
 */
export function answerKey(request: Request): string {
  const accept = request.headers.accept;
  const csv =
    accept !== undefined &&
    accept !== '*/*' &&
    accept !== 'application/json' &&
    request.accepts(['application/json', 'text/csv']) === 'text/csv';
  return `${csv ? 'csv' : 'json'} ${request.originalUrl}`;
}

/** Sends a cached answer (304 when the client's If-None-Match matches). */
export function sendCachedAnswer(response: Response, answer: CachedAnswer): void {
  response.locals.route = answer.route;
  response.setHeader('Vary', 'Accept');
  response.setHeader('Content-Type', answer.contentType);
  response.setHeader('ETag', answer.etag);
  if (answer.contentDisposition) {
    response.setHeader('Content-Disposition', answer.contentDisposition);
  }
  response.send(answer.body);
}

/**
 * Answers a read from the cache, or produces it, caches it and answers.
 * The answer must reflect the projections as they were when `produce` was
 * called (read synchronously, or by a read engine that has seen exactly the
 * events applied by then): the cache checks it against every event applied
 * since.
 */
export async function serveAnswer(
  cache: AnswerCache,
  request: Request,
  response: Response,
  options: {
    readonly scope: AnswerScope;
    readonly produce: () => SerialisedAnswer | Promise<SerialisedAnswer>;
  },
): Promise<void> {
  const key = answerKey(request);
  // The middleware in front of the router already looked (public reads): do not count twice.
  const hit = response.locals.answerLookedUp === true ? undefined : cache.get(key);
  if (hit) {
    sendCachedAnswer(response, hit);
    return;
  }
  // The same URL already being computed, from a state this answer cannot differ from (a
  // backlog of reads on the worker): share it instead of computing the same bytes again.
  const shared = cache.shared(key, options.scope);
  if (shared) {
    sendCachedAnswer(response, await shared);
    return;
  }
  const generation = cache.generation;
  const route = `${request.baseUrl}${(request.route as { path?: string } | undefined)?.path ?? ''}`;
  const answer = Promise.resolve(options.produce()).then((produced) =>
    cache.set(
      key,
      {
        body: produced.body,
        contentType: produced.contentType,
        ...(produced.contentDisposition ? { contentDisposition: produced.contentDisposition } : {}),
        route,
        scope: produced.scope ?? options.scope,
      },
      generation,
    ),
  );
  cache.computing(key, generation, answer);
  sendCachedAnswer(response, await answer);
}
