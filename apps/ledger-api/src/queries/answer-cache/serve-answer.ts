import type { Request, Response } from 'express';
import { toCsv, wantsCsv } from '../../http/tabular.js';
import type { AnswerCache, CachedAnswer } from './answer-cache.js';
import type { AnswerScope } from './answer-scope.js';

/** DI token for the app's AnswerCache. */
export const ANSWER_CACHE = Symbol('ANSWER_CACHE');

type Row = Record<string, unknown>;

/** A read answer before serialisation: the JSON document and, for CSV, its main table. */
export interface ComputedAnswer {
  readonly body: unknown;
  readonly table?: readonly Row[];
  readonly filename?: string;
  /** What the answer read, when only computing it tells (overrides the caller's scope). */
  readonly scope?: AnswerScope;
}

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
 * Answers a read from the cache, or computes it, caches it and answers.
 * `compute` must read the projections synchronously: the answer is then
 * consistent with one log position. CSV is offered when the answer names a table.
 */
export function serveAnswer(
  cache: AnswerCache,
  request: Request,
  response: Response,
  options: {
    readonly format: string | undefined;
    readonly scope: AnswerScope;
    readonly compute: () => ComputedAnswer;
  },
): void {
  const key = answerKey(request);
  // The middleware in front of the router already looked (public reads): do not count twice.
  const hit = response.locals.answerLookedUp === true ? undefined : cache.get(key);
  if (hit) {
    sendCachedAnswer(response, hit);
    return;
  }
  const generation = cache.generation;
  const computed = options.compute();
  const csv = computed.table !== undefined && wantsCsv(request, options.format);
  const scope = computed.scope ?? options.scope;
  const route = `${request.baseUrl}${(request.route as { path?: string } | undefined)?.path ?? ''}`;
  const answer = cache.set(
    key,
    csv
      ? {
          body: Buffer.from(toCsv(computed.table!), 'utf8'),
          contentType: 'text/csv; charset=utf-8',
          contentDisposition: `attachment; filename="${computed.filename ?? 'answer'}.csv"`,
          route,
          scope,
        }
      : {
          body: Buffer.from(JSON.stringify(computed.body), 'utf8'),
          contentType: 'application/json; charset=utf-8',
          route,
          scope,
        },
    generation,
  );
  sendCachedAnswer(response, answer);
}
