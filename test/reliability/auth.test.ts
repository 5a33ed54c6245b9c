import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pledge } from './support/events.js';
import { isProblem, postJson, request } from './support/http.js';
import { LedgerService, READER_TOKEN, RECORDER_TOKEN, TOKENS } from './support/ledger-service.js';
import {
  fileLogUnderTest,
  kafkaLogUnderTest,
  type LogUnderTest,
} from './support/log-under-test.js';

/**
 * Writes need a recorder's token; with LEDGER_PRIVATE_READS=true reads need a
 * known token too. Refused requests append nothing, and no token ever reaches
 * the service's output, even at the most verbose log level. On the file log
 * and on Kafka (a unique topic on the local broker).
 */

const WRONG_SAME_LENGTH = RECORDER_TOKEN.replace(/.$/, 'X');

describe.each([
  { logName: 'file log', open: () => fileLogUnderTest('auth') },
  { logName: 'Kafka', open: () => kafkaLogUnderTest('auth', inject('kafkaBrokers')) },
])('on the $logName', ({ open }) => {
  let log: LogUnderTest;
  let service: LedgerService;
  let logExtentBefore: number;

  beforeAll(async () => {
    log = open();
    service = await LedgerService.start({
      env: {
        ...log.env,
        LEDGER_TOKENS: TOKENS,
        LEDGER_PRIVATE_READS: 'true',
        LOG_LEVEL: 'trace',
      },
    });
    logExtentBefore = await log.extent();
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await log?.remove();
  });

  const refusedWrites: Array<[string, Record<string, string>, number]> = [
    ['no token', {}, 401],
    ['an empty bearer', { authorization: 'Bearer ' }, 401],
    ['another scheme', { authorization: `Basic ${btoa(`a:${RECORDER_TOKEN}`)}` }, 401],
    ['a wrong token', { authorization: `Bearer ${WRONG_SAME_LENGTH}` }, 401],
    ['a token prefix', { authorization: `Bearer ${RECORDER_TOKEN.slice(0, -1)}` }, 401],
    ['a reader token', { authorization: `Bearer ${READER_TOKEN}` }, 403],
  ];

  describe('writes without the recorder role', () => {
    for (const route of ['/v1/events', '/v1/events/batch']) {
      for (const [label, headers, status] of refusedWrites) {
        it(`POST ${route} with ${label} answers ${status} and appends nothing`, async () => {
          const id = `auth-${status}-${label.replaceAll(' ', '-')}`;
          const event = pledge('operator:auth-probe', id);
          const body = route === '/v1/events' ? event : { events: [event] };
          const answer = await request(`${service.url}${route}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify(body),
          });
          expect(answer.status).toBe(status);
          expect(isProblem(answer)).toBe(true);
          if (status === 401) expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
          expect(await log.extent()).toBe(logExtentBefore);
        });
      }
    }

    it('the recorder token is accepted (the refusals above are about the token)', async () => {
      const answer = await postJson(
        service.url,
        '/v1/events',
        pledge('operator:auth-ok', 'auth-ok'),
      );
      expect(answer.status).toBe(201);
      expect(JSON.parse(answer.body)).toMatchObject({ id: 'auth-ok', recordedBy: 'recorder-a' });
      logExtentBefore = await log.extent();
    });
  });

  describe('private reads', () => {
    const readRoutes = [
      '/v1/membership',
      '/v1/exposure',
      '/v1/trends',
      '/v1/regressions',
      '/v1/actors',
      '/v1/actors/BR/timeline',
      '/v1/events',
      '/v1/changes/stream',
    ];
    for (const route of readRoutes) {
      it(`GET ${route} is refused without a token and with a wrong one`, async () => {
        const anonymous = await request(`${service.url}${route}`);
        expect(anonymous.status).toBe(401);
        expect(isProblem(anonymous)).toBe(true);
        const wrong = await request(`${service.url}${route}`, {
          headers: { authorization: `Bearer ${WRONG_SAME_LENGTH}` },
        });
        expect(wrong.status).toBe(401);
      });
    }

    it('GET /v1/membership is served with the reader token', async () => {
      const answer = await request(`${service.url}/v1/membership`, {
        headers: { authorization: `Bearer ${READER_TOKEN}` },
      });
      expect(answer.status, answer.body).toBe(200);
    });

    it('health stays public', async () => {
      expect((await request(`${service.url}/healthz`)).status).toBe(200);
    });
  });

  describe('tokens in logs', () => {
    it('no configured or presented token appears in the service output', async () => {
      // Make sure something was logged about authenticated and refused requests.
      await request(`${service.url}/v1/events?limit=1`, {
        headers: { authorization: `Bearer ${READER_TOKEN}` },
      });
      const output = service.output;
      expect(output).toContain('"statusCode":401');
      expect(output).toContain('"statusCode":201');
      for (const secret of [RECORDER_TOKEN, READER_TOKEN, WRONG_SAME_LENGTH]) {
        expect(output).not.toContain(secret);
        expect(output).not.toContain(btoa(`a:${secret}`));
      }
    });
  });
});
