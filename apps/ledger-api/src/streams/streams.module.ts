import { Global, Module } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { LEDGER_CONFIG } from '../config/config.token.js';
import type { LedgerConfig } from '../config/config.schema.js';
import { METRICS, type LedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import { ChangesStreamController } from './changes/changes-stream.controller.js';
import { STREAM_REGISTRY, createStreamRegistry } from './changes/stream-registry.js';

@Global()
@Module({
  controllers: [ChangesStreamController],
  providers: [
    {
      provide: STREAM_REGISTRY,
      inject: [LEDGER_CONFIG, METRICS],
      useFactory: (config: LedgerConfig, metrics: LedgerMetrics) => {
        const streams = createStreamRegistry({
          maxStreams: config.LEDGER_SSE_MAX_STREAMS,
          maxPerAddress: config.LEDGER_SSE_MAX_STREAMS_PER_CLIENT,
        });
        new Gauge({
          name: 'ledger_sse_buffered_bytes',
          help: 'Bytes held for change-stream clients beyond what their sockets took',
          registers: [metrics.registry],
          collect() {
            this.set(streams.bufferedBytes());
          },
        });
        return streams;
      },
    },
  ],
  exports: [STREAM_REGISTRY],
})
export class StreamsModule {}
