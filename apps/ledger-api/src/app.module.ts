import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Logger } from 'pino';
import { AccessGuard } from './auth/access.guard.js';
import { CommandsModule } from './commands/commands.module.js';
import type { LedgerConfig } from './config/config.schema.js';
import { LEDGER_CONFIG } from './config/config.token.js';
import { ProblemFilter } from './http/problem-details/problem.filter.js';
import { SchemaValidationPipe } from './http/schema-validation.pipe.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { DRAIN_STATE, type DrainState } from './ops/lifecycle/drain-state.js';
import { LOGGER } from './ops/logging/logger.token.js';
import { METRICS, type LedgerMetrics } from './ops/metrics/ledger-metrics.js';
import { OpsModule } from './ops/ops.module.js';
import { ProblemTypesModule } from './problem-types/problem-types.module.js';
import { QueriesModule } from './queries/queries.module.js';
import { StreamsModule } from './streams/streams.module.js';

export interface AppRuntime {
  readonly config: LedgerConfig;
  readonly logger: Logger;
  readonly metrics: LedgerMetrics;
  readonly drain: DrainState;
}

/** Values made once per app before Nest starts, shared by every module. */
@Global()
@Module({})
class RuntimeModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    const providers = [
      { provide: LEDGER_CONFIG, useValue: runtime.config },
      { provide: LOGGER, useValue: runtime.logger },
      { provide: METRICS, useValue: runtime.metrics },
      { provide: DRAIN_STATE, useValue: runtime.drain },
    ];
    return { module: RuntimeModule, providers, exports: providers.map((p) => p.provide) };
  }
}

/** The composition root: wires the slices, owns nothing. */
@Module({})
export class AppModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RuntimeModule.forRoot(runtime),
        ThrottlerModule.forRoot({
          throttlers: [
            {
              name: 'default',
              ttl: runtime.config.LEDGER_WRITE_RATE_WINDOW_MS,
              limit: runtime.config.LEDGER_WRITE_RATE_LIMIT,
            },
          ],
        }),
        LedgerModule,
        CommandsModule,
        QueriesModule,
        StreamsModule,
        OpsModule,
        ProblemTypesModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useValue: new SchemaValidationPipe() },
      ],
    };
  }
}
