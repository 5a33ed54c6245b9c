import { Global, Module } from '@nestjs/common';
import { LEDGER_CONFIG } from '../config/config.token.js';
import type { LedgerConfig } from '../config/config.schema.js';
import { ChangesStreamController } from './changes/changes-stream.controller.js';
import { STREAM_REGISTRY, createStreamRegistry } from './changes/stream-registry.js';

@Global()
@Module({
  controllers: [ChangesStreamController],
  providers: [
    {
      provide: STREAM_REGISTRY,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig) =>
        createStreamRegistry({
          maxStreams: config.LEDGER_SSE_MAX_STREAMS,
          maxPerAddress: config.LEDGER_SSE_MAX_STREAMS_PER_CLIENT,
        }),
    },
  ],
  exports: [STREAM_REGISTRY],
})
export class StreamsModule {}
