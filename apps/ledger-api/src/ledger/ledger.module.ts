import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { curatedHistory, referenceData } from '@cleannet/dataset';
import type { Logger } from 'pino';
import { LEDGER_CONFIG } from '../config/config.token.js';
import type { LedgerConfig } from '../config/config.schema.js';
import { READINESS, type ReadinessProbe } from '../ops/health/readiness.port.js';
import { LOGGER } from '../ops/logging/logger.token.js';
import { METRICS, type LedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import type { ChangesPublisher } from '../publishing/changes-publisher.js';
import { openChangesPublisher } from '../publishing/open-changes-publisher.js';
import { createAnswerCache, type AnswerCache } from '../queries/answer-cache/answer-cache.js';
import { ANSWER_CACHE } from '../queries/answer-cache/serve-answer.js';
import { createInlineReadEngine } from '../queries/read-engine/inline-read-engine.js';
import { READ_ENGINE, type ReadEngine } from '../queries/read-engine/read-engine.port.js';
import { createWorkerReadEngine } from '../queries/read-engine/worker-read-engine.js';
import { importDataset } from './import-dataset.js';
import { createLedgerEngine, type LedgerEngine } from './ledger-engine.js';
import { LEDGER } from './ledger.port.js';
import { openEventLog } from './open-event-log.js';
import { READ_MODEL, attachReadModel, type ReadModel } from './read-model.js';

interface LedgerRuntime {
  readonly engine: LedgerEngine;
  readonly readModel: ReadModel;
  readonly answers: AnswerCache;
  readonly reads: ReadEngine;
  /** Kafka mode only. */
  readonly publisher: ChangesPublisher | undefined;
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
  const readModel = attachReadModel(engine, referenceData);
  const answers = createAnswerCache({ maxBytes: config.LEDGER_READ_CACHE_BYTES });
  const reads = config.LEDGER_READ_WORKER
    ? createWorkerReadEngine({ logger: logger.child({ component: 'read-worker' }) })
    : createInlineReadEngine(readModel);
  readModel.onApplied((event, statesChanged) => {
    answers.observe(event, statesChanged);
    reads.observe(event, statesChanged);
  });
  metrics.watchReadCache(answers);
  const publisher = openChangesPublisher(config, engine, readModel.changes, metrics, logger);
  try {
    await engine.start();
    if (config.LEDGER_IMPORT_DATASET) await importDataset(engine, curatedHistory, logger);
    // After the replay, so the catch-up knows every change the log implies.
    await publisher?.start();
  } catch (error) {
    await publisher?.close();
    await engine.close();
    await reads.close();
    throw error;
  }
  return { engine, readModel, answers, reads, publisher };
}

@Injectable()
class LedgerShutdown implements OnApplicationShutdown {
  constructor(@Inject(LEDGER_RUNTIME) private readonly runtime: LedgerRuntime) {}

  async onApplicationShutdown(): Promise<void> {
    // The engine finishes in-flight appends first; the publisher then flushes the changes they caused.
    await this.runtime.engine.close();
    await this.runtime.publisher?.close();
    // HTTP requests were drained before this hook: no read is waiting for an answer.
    await this.runtime.reads.close();
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
      provide: ANSWER_CACHE,
      inject: [LEDGER_RUNTIME],
      useFactory: (runtime: LedgerRuntime) => runtime.answers,
    },
    {
      provide: READ_ENGINE,
      inject: [LEDGER_RUNTIME],
      useFactory: (runtime: LedgerRuntime) => runtime.reads,
    },
    {
      provide: READINESS,
      inject: [LEDGER_RUNTIME],
      useFactory: ({ engine, reads, publisher }: LedgerRuntime): ReadinessProbe => ({
        check: async () => [
          ...(await engine.readiness()),
          reads.readiness(),
          ...(publisher ? [publisher.readiness()] : []),
        ],
      }),
    },
    LedgerShutdown,
  ],
  exports: [LEDGER, READ_MODEL, READINESS, ANSWER_CACHE, READ_ENGINE],
})
export class LedgerModule {}
