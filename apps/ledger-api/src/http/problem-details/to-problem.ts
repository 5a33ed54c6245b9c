import { HttpException } from '@nestjs/common';
import {
  DuplicateEventMix,
  LogClosed,
  LogUnavailable,
  VersionConflict,
  WriterFenced,
} from '@cleannet/event-log';
import type { DomainError } from '@cleannet/domain';
import {
  DomainRuleViolated,
  IdempotencyConflict,
  InvalidEvents,
  ServiceUnavailable,
} from '../../ledger/ledger-errors.js';
import { problem, type Problem, type ProblemFieldError, type ProblemStatus } from './problem.js';
import { ProblemError } from './problem-error.js';

export interface MappedProblem {
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;
  /** True when the error is ours, not the caller's: it is logged with its stack. */
  readonly unexpected: boolean;
}

export interface ProblemMappingOptions {
  readonly retryAfterSeconds: number;
  /** LEDGER_PUBLIC_URL: the base of absolute problem `type` URIs. */
  readonly publicUrl?: string | undefined;
}

/**
 * The one place where an error becomes an HTTP status. Domain rule
 * violations, log conditions, framework exceptions (unknown route,
 * throttling) and body-parser failures all pass through here, from the Nest
 * exception filter and from the Express error handler alike.
 */
export function toProblem(error: unknown, options: ProblemMappingOptions): MappedProblem {
  if (error instanceof ProblemError) return expected(error.problem, error.headers);

  const bodyParser = bodyParserProblem(error);
  if (bodyParser) return expected(bodyParser);

  const ledger = ledgerProblem(error, options);
  if (ledger) return ledger;

  if (error instanceof HttpException) return expected(httpExceptionProblem(error));

  return {
    problem: problem(500, 'The service failed to answer; the error has been logged.'),
    headers: {},
    unexpected: true,
  };
}

function expected(p: Problem, headers: Readonly<Record<string, string>> = {}): MappedProblem {
  return { problem: p, headers, unexpected: false };
}

/** body-parser reports its failures as errors with a `type` and a `status`. */
function bodyParserProblem(error: unknown): Problem | undefined {
  const candidate = error as { type?: unknown; status?: unknown; limit?: unknown } | null;
  switch (candidate?.type) {
    case 'entity.too.large':
      return problem(
        413,
        `The request body exceeds the limit of ${String(candidate.limit)} bytes.`,
        {
          errors: [{ path: '(body)', message: 'too large' }],
        },
      );
    case 'entity.parse.failed': {
      const reason = (error as Error).message;
      return problem(400, `The request body is not acceptable JSON: ${reason}`, {
        errors: [{ path: '(body)', message: reason }],
      });
    }
    case 'encoding.invalid-utf8':
      return problem(400, 'The request body is not valid UTF-8.', {
        errors: [{ path: '(body)', message: 'invalid UTF-8' }],
      });
    case 'encoding.unsupported':
      return problem(
        415,
        `Content-Encoding "${String((error as { encoding?: unknown }).encoding)}" is not supported: ` +
          'send the body as it is (identity), or compressed with gzip, deflate or br.',
        { errors: [{ path: '(header) content-encoding', message: 'unsupported' }] },
      );
    case 'charset.unsupported':
      return problem(415, 'The request body must be JSON encoded as UTF-8.');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return problem(400, 'The request body could not be read.');
  }
  if (isDecompressionFailure(error)) {
    return problem(
      400,
      `The request body does not decompress as its Content-Encoding says: ${error.message}.`,
      { errors: [{ path: '(body)', message: `damaged compressed data (${error.code})` }] },
    );
  }
  return undefined;
}

/**
 * A compressed body that does not decompress: body-parser passes zlib's
 * error on with status 400 and no `type`. zlib errors are the only ones
 * with a string code and a numeric errno that it passes on this way.
 */
function isDecompressionFailure(error: unknown): error is Error & { code: string; errno: number } {
  const candidate = error as { status?: unknown; code?: unknown; errno?: unknown } | null;
  return (
    error instanceof Error &&
    candidate?.status === 400 &&
    typeof candidate.code === 'string' &&
    typeof candidate.errno === 'number'
  );
}

function httpExceptionProblem(error: HttpException): Problem {
  const status = error.getStatus();
  const known = (status in knownStatuses ? status : 400) as ProblemStatus;
  const response = error.getResponse();
  const detail =
    typeof response === 'string'
      ? response
      : typeof (response as { message?: unknown }).message === 'string'
        ? (response as { message: string }).message
        : error.message;
  const errors = (response as { errors?: ProblemFieldError[] }).errors;
  return problem(known, detail, errors ? { errors } : {});
}

const knownStatuses = {
  400: 1,
  401: 1,
  403: 1,
  404: 1,
  405: 1,
  409: 1,
  413: 1,
  415: 1,
  422: 1,
  429: 1,
  503: 1,
};

/** Errors of the ledger: schema (400), domain rules (422), conflicts (409), availability (503). */
function ledgerProblem(error: unknown, options: ProblemMappingOptions): MappedProblem | undefined {
  if (error instanceof InvalidEvents) {
    return expected(problem(400, error.message, { errors: error.issues }));
  }
  if (error instanceof DomainRuleViolated) return expected(domainProblem(error.error, error.index));
  if (error instanceof IdempotencyConflict) {
    return expected(
      problem(409, error.message, {
        type: '/problems/idempotency-conflict',
        title: 'Event id conflict',
        errors: error.ids.map((id) => ({ path: 'id', message: `${id} already recorded` })),
      }),
    );
  }
  if (error instanceof DuplicateEventMix) {
    return expected(
      problem(409, error.message, {
        type: '/problems/idempotency-conflict',
        title: 'Event id conflict',
        errors: error.duplicateIds.map((id) => ({ path: 'id', message: `${id} already recorded` })),
      }),
    );
  }
  if (error instanceof VersionConflict) {
    return expected(
      problem(409, error.message, {
        subject: error.subject,
        expected: error.expected,
        actual: error.actual,
        errors: [
          { path: 'subject', message: `stream version is ${error.actual}, not ${error.expected}` },
        ],
      }),
    );
  }
  const retryAfter = (seconds: number) => ({
    'Retry-After': String(Math.max(1, Math.ceil(seconds))),
  });
  if (error instanceof LogUnavailable) {
    return expected(problem(503, error.message), retryAfter(error.retryAfterSeconds));
  }
  if (
    error instanceof WriterFenced ||
    error instanceof LogClosed ||
    error instanceof ServiceUnavailable
  ) {
    return expected(problem(503, error.message), retryAfter(options.retryAfterSeconds));
  }
  return undefined;
}

/** Domain rule violations are 422, except the two that are conflicts with what is already recorded. */
function domainProblem(error: DomainError, index: number | undefined): Problem {
  const { code, message } = error;
  const path = 'path' in error ? error.path : undefined;
  const field =
    path ?? ('measureId' in error ? 'data.measureId' : 'eventId' in error ? 'id' : code);
  const errors = [{ path: index === undefined ? field : `[${index}].${field}`, message }];
  if (code === 'version-conflict' || code === 'duplicate-event-id') {
    return problem(409, message, { code, errors });
  }
  return problem(422, message, { code, rule: code, errors });
}
