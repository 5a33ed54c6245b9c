import { describe, expect, it } from 'vitest';
import { backoffDelay, sleep } from './backoff.js';

describe('backoffDelay', () => {
  it('grows by the factor up to the cap, jittered within the upper half', () => {
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const ceiling = Math.min(1000, 100 * 2 ** (attempt - 1));
      const delay = backoffDelay(attempt, { initialMs: 100, maxMs: 1000 });
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe('sleep', () => {
  it('ends early, with false, when aborted', async () => {
    const controller = new AbortController();
    const slept = sleep(10_000, controller.signal);
    controller.abort();
    expect(await slept).toBe(false);
    expect(await sleep(1)).toBe(true);
  });
});
