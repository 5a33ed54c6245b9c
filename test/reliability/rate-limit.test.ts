import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge } from './support/events.js';
import { isProblem, postJson } from './support/http.js';
import { LedgerService, TOKENS } from './support/ledger-service.js';
import { tempDir } from './support/temp-dir.js';

/** With a low write limit, writes beyond it answer 429 with Retry-After (a problem document). */

const LIMIT = 5;
const dir = tempDir('rate-limit');
let service: LedgerService;

beforeAll(async () => {
  service = await LedgerService.start({
    env: {
      LEDGER_DATA_DIR: dir.path,
      LEDGER_TOKENS: TOKENS,
      LEDGER_IMPORT_DATASET: 'false',
      LEDGER_WRITE_RATE_LIMIT: String(LIMIT),
      LEDGER_WRITE_RATE_WINDOW_MS: '60000',
    },
  });
});

afterAll(async () => {
  await service?.stop();
  dir.remove();
});

describe('write rate limit', () => {
  it(`the writes after the first ${LIMIT} in a window answer 429 with Retry-After`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 3; i += 1) {
      const answer = await postJson(
        service.url,
        '/v1/events',
        pledge(`operator:limited-${i}`, `limited-${i}`),
      );
      statuses.push(answer.status);
      if (answer.status === 429) {
        expect(isProblem(answer)).toBe(true);
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(201), 429, 429, 429]);
  });
});
