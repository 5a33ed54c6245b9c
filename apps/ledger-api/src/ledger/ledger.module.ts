import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { curatedHistory, referenceData } from '@cleannet/dataset';
import type { ReferenceData } from '@cleannet/domain';
import type { Logger } from 'pino';
import { LEDGER_CONFIG } from '../config/config.token.js';
import type { LedgerConfig } from '../config/config.schema.js';
import { READINESS, type ReadinessProbe } from '../ops/health/readiness.port.js';
import { LOGGER } from '../ops/logging/logger.token.js';
import { METRICS, type LedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import { importDataset } from './import-dataset.js';
import { createLedgerEngine, type LedgerEngine } from './ledger-engine.js';
import { LEDGER } from './ledger.port.js';
import { openEventLog } from './open-event-log.js';
import { READ_MODEL, attachReadModel, type ReadModel } from './read-model.js';

interface LedgerRuntime {
  readonly engine: LedgerEngine;
  readonly readModel: ReadModel;
}

const LEDGER_RUNTIME = Symbol('LEDGER_RUNTIME');

/**
 * Opens the log, attaches the projections, replays the log into them and,
 * on a ledger without the curated history, imports it. The service starts
 * listening only after this resolves, so it is never ready while behind.
 */
async function startLedger(
  config: LedgerConfig,
  logger: Logger,
  metrics: LedgerMetrics,
): Promise<LedgerRuntime> {
  const log = await openEventLog(config, logger);
  const engine = createLedgerEngine({
    log,
    metrics,
    logger: logger.child({ component: 'ledger' }),
  });
  // The dataset types its tables readonly, the domain's ReferenceData is mutable: same shape.
  const readModel = attachReadModel(engine, referenceData as unknown as ReferenceData);
  try {
    await engine.start();
    if (config.LEDGER_IMPORT_DATASET) await importDataset(engine, curatedHistory, logger);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return { engine, readModel };
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
    { provide: LEDGER_RUNTIME, inject: [LEDGER_CONFIG, LOGGER, METRICS], useFactory: startLedger },
    {
      provide: LEDGER,
      inject: [LEDGER_RUNTIME],
      useFactory: (runtime: LedgerRuntime) => runtime.engine,
    },
    {
      provide: READ_MODEL,
      inject: [LEDGER_RUNTIME],
      useFactory: (runtime: LedgerRuntime) => runtime.readModel,
    },
    {
      provide: READINESS,
      inject: [LEDGER],
      useFactory: (ledger: LedgerEngine): ReadinessProbe => ({ check: () => ledger.readiness() }),
    },
    LedgerShutdown,
  ],
  exports: [LEDGER, READ_MODEL, READINESS],
})
export class LedgerModule {}
