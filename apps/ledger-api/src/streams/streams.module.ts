import { Global, Module } from '@nestjs/common';
import { ChangesStreamController } from './changes/changes-stream.controller.js';
import { STREAM_REGISTRY, createStreamRegistry } from './changes/stream-registry.js';

@Global()
@Module({
  controllers: [ChangesStreamController],
  providers: [{ provide: STREAM_REGISTRY, useFactory: createStreamRegistry }],
  exports: [STREAM_REGISTRY],
})
export class StreamsModule {}
