import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { LEDGER_CONFIG } from '../../config/config.token.js';
import type { LedgerConfig } from '../../config/config.schema.js';
import { LEDGER, type Ledger } from '../../ledger/ledger.port.js';
import { STREAM_REGISTRY, type StreamRegistry } from '../../streams/changes/stream-registry.js';
import { LOGGER } from '../logging/logger.token.js';
import { DRAIN_STATE, type DrainState } from './drain-state.js';

/**
 * Runs before Nest closes the HTTP server: refuse new writes, let queued
 * appends reach the log and their callers, end SSE streams, then wait for
 * requests still being answered. The log itself closes after this, in the
 * ledger's own shutdown hook.
 */
@Injectable()
export class ShutdownService implements BeforeApplicationShutdown {
  constructor(
    @Inject(DRAIN_STATE) private readonly drain: DrainState,
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(STREAM_REGISTRY) private readonly streams: StreamRegistry,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(HttpAdapterHost) private readonly http: HttpAdapterHost,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.info({ signal, inFlight: this.drain.inFlight }, 'shutting down');
    this.drain.startDraining();
    // Stop accepting connections now; Nest closes the server again later (harmless).
    const server = this.http.httpAdapter?.getHttpServer() as Server | undefined;
    server?.close();
    this.streams.closeAll();
    await this.ledger.drain();
    const idle = await this.drain.idle(this.config.LEDGER_SHUTDOWN_GRACE_MS);
    if (!idle) this.logger.warn({ inFlight: this.drain.inFlight }, 'shutdown grace period over');
    server?.closeIdleConnections();
  }
}
