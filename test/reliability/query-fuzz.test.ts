import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapBounded, request } from './support/http.js';
import { LedgerService, TOKENS } from './support/ledger-service.js';
import { tempDir } from './support/temp-dir.js';

/** Generated query strings on every read route: the answer is 2xx or 4xx, never 5xx. */

const RUNS = 2_000;
const dir = tempDir('query-fuzz');
let service: LedgerService;

beforeAll(async () => {
  service = await LedgerService.start({
    env: { LEDGER_DATA_DIR: dir.path, LEDGER_TOKENS: TOKENS, LOG_LEVEL: 'error' },
  });
});

afterAll(async () => {
  await service?.stop();
  dir.remove();
});

const routes = fc.constantFrom(
  '/v1/membership',
  '/v1/exposure',
  '/v1/trends',
  '/v1/regressions',
  '/v1/actors',
  '/v1/events',
);

const knownNames = [
  'asOf',
  'knownAt',
  'format',
  'vendor',
  'interval',
  'from',
  'to',
  'kind',
  'actor',
  'cursor',
  'limit',
];

const name = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...knownNames) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const value = fc.oneof(
  fc.constantFrom(
    '2021-01-31',
    '2021-02-30',
    '2021-13-01',
    '2021-01-31T12:00:00Z',
    '2021-01-31T12:00:00',
    '9999-12-31',
    '0000-01-01',
    'csv',
    'json',
    'xml',
    'month',
    'quarter',
    'decade',
    'vendor:huawei',
    'BR',
    'country',
    '-1',
    '0',
    '1001',
    '1e9',
    'NaN',
    '',
  ),
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.string({ minLength: 1000, maxLength: 6000 }),
);

const query = fc.array(fc.tuple(name, value), { maxLength: 6 });

const timelineIds = fc.oneof(
  fc.constantFrom('BR', 'US', 'operator:telefonica', 'XX', '__proto__', 'constructor'),
  fc.string({ maxLength: 20 }),
);

describe('query parameter fuzzing on the read routes', () => {
  it(`${RUNS} generated queries get only 2xx or 4xx`, { timeout: 180_000 }, async () => {
    const samples = fc.sample(
      fc.tuple(
        fc.oneof(
          routes,
          timelineIds.map((id) => `/v1/actors/${encodeURIComponent(id)}/timeline`),
        ),
        query,
      ),
      { numRuns: RUNS, seed: 20_204 },
    );
    const offences: string[] = [];
    await mapBounded(samples, 16, async ([route, params]) => {
      const search = new URLSearchParams(params).toString();
      const answer = await request(`${service.url}${route}?${search}`);
      if (answer.status >= 500 || answer.status < 200) {
        offences.push(
          `${answer.status} ${route}?${search.slice(0, 200)}: ${answer.body.slice(0, 200)}`,
        );
      }
    });
    expect(offences.slice(0, 5)).toEqual([]);
    expect(service.running).toBe(true);
  });
});
