import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** Access log with a request id (taken from X-Request-Id when sane, echoed back). */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(request: IncomingMessage, response: ServerResponse) {
      const incoming = request.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel(_request, response, error) {
      if (error || response.statusCode >= 500) return 'error';
      return 'info';
    },
    serializers: {
      req(request: { id: unknown; method: string; url: string }) {
        return { id: request.id, method: request.method, url: request.url };
      },
    },
  });
}
