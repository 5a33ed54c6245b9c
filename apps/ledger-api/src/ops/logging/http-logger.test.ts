import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { httpLogger } from './http-logger.js';

function run(level: string, headers: Record<string, string>, statusCode: number) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level }, sink);
  const response = Object.assign(new EventEmitter(), {
    statusCode,
    writableFinished: true,
    headers: {} as Record<string, unknown>,
    setHeader(name: string, value: unknown) {
      response.headers[name.toLowerCase()] = value;
    },
  });
  const request = { method: 'GET', url: '/v1/membership?asOf=2021-01-31', headers };
  httpLogger(logger)(
    request as unknown as IncomingMessage,
    response as unknown as ServerResponse,
    () => {},
  );
  response.emit('finish');
  response.emit('close');
  return { lines, response, request: request as { id?: string } };
}

describe('the access log', () => {
  it('writes one line per request with its id, method, url, status and time', () => {
    const { lines, response, request } = run('info', { 'x-request-id': 'trace-1' }, 200);
    expect(response.headers['x-request-id']).toBe('trace-1');
    expect(request.id).toBe('trace-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request completed',
      level: 30,
      req: { id: 'trace-1', method: 'GET', url: '/v1/membership?asOf=2021-01-31' },
      res: { statusCode: 200 },
    });
    expect(typeof lines[0]!.responseTime).toBe('number');
  });

  it('makes up an id when the given one is not sane, and never logs headers', () => {
    const { lines, response } = run(
      'info',
      { 'x-request-id': 'a b', authorization: 'Bearer x' },
      200,
    );
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(lines)).not.toContain('Bearer');
  });

  it('writes nothing below the configured level, but still logs 5xx at error', () => {
    expect(run('warn', {}, 200).lines).toHaveLength(0);
    const failed = run('warn', {}, 503).lines;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ level: 50, res: { statusCode: 503 } });
  });
});
