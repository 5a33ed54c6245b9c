import { STATUS_CODES } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge } from './support/events.js';
import { postJson } from './support/http.js';
import { LedgerService, RECORDER_TOKEN, TOKENS } from './support/ledger-service.js';
import { rawConnection } from './support/raw-connection.js';
import { tempDir } from './support/temp-dir.js';

/**
 * Slow and idle connections are bounded: an unauthenticated write is
 * refused from its headers without its body being read, a request that
 * trickles in is cut at the headers or request timeout, connections past
 * the cap are dropped, and none of it cuts a long-lived SSE response.
 * Short timeouts so the test runs in seconds; the defaults are 10 s / 30 s.
 */

const HEADERS_TIMEOUT_MS = 2_000;
const REQUEST_TIMEOUT_MS = 4_000;
const MAX_CONNECTIONS = 400;
/** Node checks for timed-out requests every second (connection-limits.ts). */
const CHECK_SLACK_MS = 1_000 + 1_500;

const slowWrite = (authorization: string) =>
  'POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
  `${authorization}Content-Length: 1048576\r\n\r\n{`;

describe('slow and idle connections', () => {
  const dir = tempDir('slow-connections');
  let service: LedgerService;

  beforeAll(async () => {
    service = await LedgerService.start({
      env: {
        LEDGER_DATA_DIR: dir.path,
        LEDGER_TOKENS: TOKENS,
        LEDGER_IMPORT_DATASET: 'false',
        LEDGER_HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        LEDGER_HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        LEDGER_HTTP_MAX_CONNECTIONS: String(MAX_CONNECTIONS),
        LEDGER_SSE_HEARTBEAT_MS: '500',
        LOG_LEVEL: 'error',
      },
    });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    dir.remove();
  });

  async function expectServing() {
    expect(service.running).toBe(true);
    const answer = await postJson(
      service.url,
      '/v1/events',
      pledge('operator:after', `after-${Date.now()}`),
    );
    expect(answer.status).toBe(201);
  }

  it('300 unauthenticated writes declaring 1 MB and trickling a byte a second get 401 from their headers, body unread', async () => {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 300 }, () =>
        rawConnection({
          port: service.port,
          head: slowWrite(''),
          trickle: ' ',
          everyMs: 1_000,
          deadlineMs: REQUEST_TIMEOUT_MS + CHECK_SLACK_MS + 2_000,
        }),
      ),
    );
    const allClosedMs = performance.now() - started;
    console.log(
      `300 slow unauthenticated writes: all answered and closed after ${Math.round(allClosedMs)} ms`,
    );
    expect(results.filter((r) => !r.statusLine?.startsWith('HTTP/1.1 401'))).toEqual([]);
    // Closed by the service, and a 401 rather than the request timeout's 408: the
    // refusal came from the headers alone.
    expect(results.filter((r) => r.closedAfterMs === undefined)).toEqual([]);
    await expectServing();
  });

  it('an authenticated body that trickles is cut at the request timeout', async () => {
    const result = await rawConnection({
      port: service.port,
      head: slowWrite(`Authorization: Bearer ${RECORDER_TOKEN}\r\n`),
      trickle: ' ',
      everyMs: 300,
      deadlineMs: REQUEST_TIMEOUT_MS + CHECK_SLACK_MS + 5_000,
    });
    console.log(
      `authenticated trickling body closed after ${Math.round(result.closedAfterMs ?? -1)} ms`,
    );
    expect(result.statusLine).toMatch(/^HTTP\/1\.1 408/);
    expect(result.received).toMatch(/content-type: application\/problem\+json/i);
    expect(result.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + CHECK_SLACK_MS);
    await expectServing();
  });

  it('headers that trickle are cut at the headers timeout', async () => {
    const result = await rawConnection({
      port: service.port,
      head: 'GET /v1/membership HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      trickle: 'X-Slow: 1\r\n',
      everyMs: 300,
      deadlineMs: HEADERS_TIMEOUT_MS + CHECK_SLACK_MS + 5_000,
    });
    console.log(`trickling headers closed after ${Math.round(result.closedAfterMs ?? -1)} ms`);
    expect(result.statusLine).toMatch(/^HTTP\/1\.1 408/);
    expect(result.received).toContain('"type":"/problems/request-timeout"');
    expect(result.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + CHECK_SLACK_MS);
  });

  it.each([
    ['a malformed request line', 400, 'GET /v1/membership HTTP/9\r\n\r\n'],
    [
      'headers over 16 KB',
      431,
      `GET /v1/membership HTTP/1.1\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`,
    ],
  ])('%s gets a %i problem document', async (_name, status, head) => {
    const result = await rawConnection({ port: service.port, head, deadlineMs: 5_000 });
    expect(result.statusLine).toBe(`HTTP/1.1 ${status} ${STATUS_CODES[status]}`);
    const body = JSON.parse(result.received.slice(result.received.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ status });
    expect(result.closedAfterMs).toBeDefined();
  });

  it('connections past the cap are dropped as they are accepted; idle ones close at the headers timeout', async () => {
    const extra = 100;
    const results = await Promise.all(
      Array.from({ length: MAX_CONNECTIONS + extra }, () =>
        rawConnection({
          port: service.port,
          head: '',
          deadlineMs: HEADERS_TIMEOUT_MS + CHECK_SLACK_MS + 5_000,
        }),
      ),
    );
    const closed = results.map((r) => r.closedAfterMs ?? Infinity).sort((a, b) => a - b);
    const dropped = closed.filter((ms) => ms < HEADERS_TIMEOUT_MS / 2).length;
    console.log(
      `${MAX_CONNECTIONS + extra} idle connections: ${dropped} dropped at once, the last closed after ${Math.round(closed.at(-1)!)} ms`,
    );
    expect(dropped).toBeGreaterThanOrEqual(extra);
    expect(closed.at(-1)).toBeLessThan(HEADERS_TIMEOUT_MS + CHECK_SLACK_MS);
    await expectServing();
  });

  it('a changes stream (SSE) outlives the request timeout', async () => {
    const controller = new AbortController();
    const response = await fetch(`${service.url}/v1/changes/stream`, { signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const started = performance.now();
    let lateHeartbeats = 0;
    while (performance.now() - started < REQUEST_TIMEOUT_MS + CHECK_SLACK_MS + 1_000) {
      const { value, done } = await reader.read();
      if (done) break;
      if (performance.now() - started > REQUEST_TIMEOUT_MS + CHECK_SLACK_MS) {
        lateHeartbeats += decoder.decode(value).split(': heartbeat').length - 1;
      }
    }
    controller.abort();
    expect(lateHeartbeats).toBeGreaterThan(0);
  }, 30_000);
});
