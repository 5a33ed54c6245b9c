import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import type { Logger } from 'pino';
import { AppModule } from '../app.module.js';
import { authenticateWrites } from '../auth/authenticate-writes.js';
import { refuseCredentialsInUrl } from '../auth/credentials-in-url.js';
import type { LedgerConfig } from '../config/config.schema.js';
import { documentApi } from '../docs/openapi.js';
import { jsonOnlyWrites } from '../http/content-type.middleware.js';
import { refuseForbiddenKeys } from '../http/forbidden-keys.js';
import { refuseInvalidUtf8 } from '../http/valid-utf8.js';
import { securityHeaders } from '../http/security-headers.js';
import { boundConnections } from '../http/connection-limits.js';
import { expressProblemHandler } from '../http/problem-details/express-error-handler.js';
import { createDrainState } from '../ops/lifecycle/drain-state.js';
import { inFlightMiddleware } from '../ops/lifecycle/in-flight.middleware.js';
import { createLogger } from '../ops/logging/create-logger.js';
import { httpLogger } from '../ops/logging/http-logger.js';
import { nestLoggerFor } from '../ops/logging/nest-logger.js';
import { createLedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import { httpMetricsMiddleware } from '../ops/metrics/http-metrics.middleware.js';
import type { AnswerCache } from '../queries/answer-cache/answer-cache.js';
import { cachedAnswerMiddleware } from '../queries/answer-cache/cached-answer.middleware.js';
import { ANSWER_CACHE } from '../queries/answer-cache/serve-answer.js';
import { compressResponses } from '../static/compress-responses.js';
import { dashboardHandlers } from '../static/dashboard.js';

export interface LedgerApp {
  readonly app: NestExpressApplication;
  /** e.g. http://localhost:3000 */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface CreateLedgerAppOptions {
  readonly logger?: Logger;
}

/**
 * Builds the service and starts listening. Express middleware that must run
 * before Nest's router (security headers, size limit, content type) is
 * installed here; everything else is Nest modules.
 */
export async function createLedgerApp(
  config: LedgerConfig,
  options: CreateLedgerAppOptions = {},
): Promise<LedgerApp> {
  const logger = options.logger ?? createLogger(config);
  const metrics = createLedgerMetrics();
  const drain = createDrainState();
  const problemOptions = {
    retryAfterSeconds: config.LEDGER_RETRY_AFTER_SECONDS,
    publicUrl: config.LEDGER_PUBLIC_URL,
  };

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, logger, metrics, drain }),
    {
      bodyParser: false,
      // Open SSE streams would otherwise hold `server.close()` open for ever.
      forceCloseConnections: true,
      logger: nestLoggerFor(logger),
      abortOnError: false,
    },
  );
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(httpLogger(logger));
  app.use(httpMetricsMiddleware(metrics));
  app.use(securityHeaders());
  app.use(compressResponses());
  app.use(inFlightMiddleware(drain));
  app.use(refuseCredentialsInUrl);
  app.use(authenticateWrites(config.LEDGER_TOKENS));
  app.use(jsonOnlyWrites);
  // With public reads, a cached answer needs neither Nest's router nor the guard.
  if (!config.LEDGER_PRIVATE_READS)
    app.use(cachedAnswerMiddleware(app.get<AnswerCache>(ANSWER_CACHE)));
  // body-parser checks Content-Length against the limit before reading and
  // stops reading a chunked body once past it: oversized bodies are never parsed.
  app.use(
    express.json({
      limit: config.LEDGER_BODY_LIMIT_BYTES,
      strict: true,
      type: ['application/json', 'application/*+json'],
      reviver: refuseForbiddenKeys,
      verify: refuseInvalidUtf8,
    }),
  );
  app.use(expressProblemHandler(logger, problemOptions));
  for (const handler of dashboardHandlers(config.LEDGER_DASHBOARD_DIR)) app.use(handler);
  documentApi(app, config);

  boundConnections(app.getHttpServer() as Server, config);
  await app.listen(config.PORT, config.HOST);
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const host =
    config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' || config.HOST === '::'
      ? 'localhost'
      : config.HOST;
  return {
    app,
    port,
    url: `http://${host}:${port}`,
    close: () => app.close(),
  };
}
