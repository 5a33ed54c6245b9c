import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from './support/http.js';
import { LedgerService, RECORDER_TOKEN, TOKENS } from './support/ledger-service.js';
import { tempDir } from './support/temp-dir.js';

/**
 * A coarse black-box timing check: a guess sharing all but the last character
 * of the recorder token is refused in the same time as a guess sharing
 * nothing. Medians over many interleaved tries, with a generous bound, so
 * scheduling noise cannot make it flake; the precise guarantee is the
 * unit-level check in auth-constant-time.test.ts.
 */

const dir = tempDir('auth-timing');
let service: LedgerService;

beforeAll(async () => {
  service = await LedgerService.start({
    env: { LEDGER_DATA_DIR: dir.path, LEDGER_TOKENS: TOKENS, LEDGER_IMPORT_DATASET: 'false' },
  });
});

afterAll(async () => {
  await service?.stop();
  dir.remove();
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe('token comparison timing', () => {
  it('a near-miss guess takes no longer than a far-off guess', async () => {
    const nearMiss = `${RECORDER_TOKEN.slice(0, -1)}#`;
    const farOff = '#'.repeat(RECORDER_TOKEN.length);
    const times = { nearMiss: [] as number[], farOff: [] as number[] };
    const attempt = async (token: string) => {
      const answer = await request(`${service.url}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status).toBe(401);
      return answer.ms;
    };
    for (let i = 0; i < 20; i += 1) await attempt(farOff); // warm up
    for (let i = 0; i < 300; i += 1) {
      times.nearMiss.push(await attempt(nearMiss));
      times.farOff.push(await attempt(farOff));
    }
    const near = median(times.nearMiss);
    const far = median(times.farOff);
    // Generous: a byte-by-byte comparison would not show at this scale either,
    // but a per-character early exit with any work in the loop, or a different
    // code path for near misses, would.
    expect(Math.abs(near - far)).toBeLessThan(Math.max(2, 0.5 * far));
  });
});
