import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LEDGER_CONFIG } from '../config/config.token.js';
import type { LedgerConfig } from '../config/config.schema.js';
import { READINESS, type ReadinessProbe } from '../ops/health/readiness.port.js';
import { LOGGER } from '../ops/logging/logger.token.js';
import { METRICS, type LedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import { createLedgerEngine, type LedgerEngine } from './ledger-engine.js';
import { LEDGER } from './ledger.port.js';
import { openEventLog } from './open-event-log.js';

async function startLedger(
  config: LedgerConfig,
  logger: Logger,
  metrics: LedgerMetrics,
): Promise<LedgerEngine> {
  const log = await openEventLog(config, logger);
  const engine = createLedgerEngine({
    log,
    metrics,
    logger: logger.child({ component: 'ledger' }),
  });
  try {
    await engine.start();
  } catch (error) {
    await engine.close();
    throw error;
  }
  return engine;
}

@Injectable()
class LedgerShutdown implements OnApplicationShutdown {
  constructor(@Inject(LEDGER) private readonly ledger: LedgerEngine) {}

  async onApplicationShutdown(): Promise<void> {
    await this.ledger.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: LEDGER,
      inject: [LEDGER_CONFIG, LOGGER, METRICS],
      useFactory: startLedger,
    },
    {
      provide: READINESS,
      inject: [LEDGER],
      useFactory: (ledger: LedgerEngine): ReadinessProbe => ({ check: () => ledger.readiness() }),
    },
    LedgerShutdown,
  ],
  exports: [LEDGER, READINESS],
})
export class LedgerModule {}
