import { expect } from 'vitest';
import { pledge } from './events.js';
import { postJson, request } from './http.js';
import { LedgerService, TOKENS } from './ledger-service.js';
import type { LogUnderTest } from './log-under-test.js';

/** A service that hostile requests are sent to, and the extent its log must keep. */
export interface HostileTarget {
  readonly service: LedgerService;
  /** The service is up and the log has not moved since it was started (or `remember`ed). */
  expectAliveAndUnchanged(): Promise<void>;
  /** Takes the log's extent now as the one to keep (after a request meant to append). */
  remember(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The service on `log` with writes unthrottled (so 429 never hides the real
 * answer; rate-limit.test.ts covers 429) and one real event recorded, so
 * "the log did not change" means something.
 */
export async function startHostileTarget(
  log: LogUnderTest,
  bodyLimitBytes: number,
): Promise<HostileTarget> {
  const service = await LedgerService.start({
    env: {
      ...log.env,
      LEDGER_TOKENS: TOKENS,
      LEDGER_IMPORT_DATASET: 'false',
      LEDGER_WRITE_RATE_LIMIT: '1000000',
      LEDGER_BODY_LIMIT_BYTES: String(bodyLimitBytes),
      LOG_LEVEL: 'error',
    },
  }).catch(async (error: unknown) => {
    await log.remove();
    throw error;
  });
  expect((await postJson(service.url, '/v1/events', pledge('operator:seed', 'seed'))).status).toBe(
    201,
  );
  let extent = await log.extent();
  return {
    service,
    async expectAliveAndUnchanged() {
      expect(service.running).toBe(true);
      expect((await request(`${service.url}/healthz`)).status).toBe(200);
      expect(await log.extent()).toBe(extent);
    },
    async remember() {
      extent = await log.extent();
    },
    async stop() {
      await service.stop();
      await log.remove();
    },
  };
}
