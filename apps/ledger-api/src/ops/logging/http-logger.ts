import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { redactUrl } from './secret-parameters.js';

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

type LoggedRequest = IncomingMessage & { id?: string; originalUrl?: string };

/**
 * Access log with a request id (taken from X-Request-Id when sane, echoed
 * back): one JSON line per finished request, `request completed` with
 * `req { id, method, url }`, `res { statusCode }` and `responseTime` (ms),
 * at info (error for 5xx and aborted requests).
 *
 * Written by hand rather than with pino-http, which builds a child logger
 * and serialisers per request whether or not the line is written: at
 * LOG_LEVEL=warn a read paid for a log line nobody saw. Headers are never
 * logged, and the values of secret query parameters (`access_token`,
 * `api_key`...) are redacted from the URL: tokens must not reach a log.
 */
export function httpLogger(logger: Logger) {
  return (request: LoggedRequest, response: ServerResponse, next: () => void) => {
    const started = performance.now();
    const incoming = request.headers['x-request-id'];
    const id =
      typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    request.id = id;
    response.setHeader('X-Request-Id', id);
    const url = redactUrl(request.originalUrl ?? request.url ?? '');
    const done = (aborted: boolean) => {
      const level = aborted || response.statusCode >= 500 ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id, method: request.method, url },
          res: { statusCode: response.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        aborted ? 'request aborted' : 'request completed',
      );
    };
    const onFinish = () => {
      response.off('close', onClose);
      done(false);
    };
    const onClose = () => {
      response.off('finish', onFinish);
      if (!response.writableFinished) done(true);
    };
    response.once('finish', onFinish);
    response.once('close', onClose);
    next();
  };
}
