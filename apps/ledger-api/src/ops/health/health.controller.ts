import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { schemaRef } from '../../docs/api-schemas.js';
import { ApiAnswer } from '../../docs/answer-responses.js';
import type { Response } from 'express';
import { DRAIN_STATE, type DrainState } from '../lifecycle/drain-state.js';
import { READINESS, type ReadinessCheck, type ReadinessProbe } from './readiness.port.js';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @Inject(READINESS) private readonly readiness: ReadinessProbe,
    @Inject(DRAIN_STATE) private readonly drain: DrainState,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the process answers.' })
  @ApiAnswer({ schema: 'Liveness', description: 'The process answers' })
  health() {
    return { status: 'ok' };
  }

  @Get('readyz')
  @ApiOperation({
    summary: 'Readiness: the log is reachable, projections are caught up, not shutting down.',
  })
  @ApiAnswer({ schema: 'Readiness', description: 'Every check passed' })
  @ApiResponse({
    status: 503,
    description: 'A check failed: the checks say which',
    content: { 'application/json': { schema: schemaRef('Readiness') } },
  })
  async ready(@Res({ passthrough: true }) response: Response) {
    const checks: ReadinessCheck[] = [
      {
        name: 'accepting',
        ok: !this.drain.draining,
        detail: this.drain.draining ? 'shutting down' : undefined,
      },
      ...(await this.readiness.check()),
    ];
    const ready = checks.every((check) => check.ok);
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', checks };
  }
}
