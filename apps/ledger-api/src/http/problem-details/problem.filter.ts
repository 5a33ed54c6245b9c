import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { LEDGER_CONFIG } from '../../config/config.token.js';
import type { LedgerConfig } from '../../config/config.schema.js';
import { LOGGER } from '../../ops/logging/logger.token.js';
import { sendProblem } from './send-problem.js';

@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<Request>(), http.getResponse<Response>(), this.logger, {
      retryAfterSeconds: this.config.LEDGER_RETRY_AFTER_SECONDS,
      publicUrl: this.config.LEDGER_PUBLIC_URL,
    });
  }
}
