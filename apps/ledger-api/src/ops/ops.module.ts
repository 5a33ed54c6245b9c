import { Module } from '@nestjs/common';
import { AsyncApiController } from './asyncapi/asyncapi.controller.js';
import { HealthController } from './health/health.controller.js';
import { ShutdownService } from './lifecycle/shutdown.service.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { StateController } from './state/state.controller.js';

@Module({
  controllers: [HealthController, MetricsController, AsyncApiController, StateController],
  providers: [ShutdownService],
})
export class OpsModule {}
