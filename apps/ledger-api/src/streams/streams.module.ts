import { Global, Module } from '@nestjs/common';
import { STREAM_REGISTRY, createStreamRegistry } from './changes/stream-registry.js';

@Global()
@Module({
  providers: [{ provide: STREAM_REGISTRY, useFactory: createStreamRegistry }],
  exports: [STREAM_REGISTRY],
})
export class StreamsModule {}
