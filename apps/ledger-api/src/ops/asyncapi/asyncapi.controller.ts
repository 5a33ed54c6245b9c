import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { LEDGER_CONFIG } from '../../config/config.token.js';
import type { LedgerConfig } from '../../config/config.schema.js';
import { publicBaseUrl } from '../../problem-types/public-base-url.js';
import { asyncApiYaml } from './asyncapi-document.js';

@ApiTags('operations')
@Controller()
export class AsyncApiController {
  constructor(@Inject(LEDGER_CONFIG) private readonly config: LedgerConfig) {}

  @Get('asyncapi.yaml')
  @Header('Content-Type', 'application/yaml; charset=utf-8')
  @ApiOperation({
    summary: 'AsyncAPI 3: the Kafka topics (ledger, changes, dead letters) and the SSE stream',
  })
  @ApiOkResponse({
    description: 'The AsyncAPI document, its servers from KAFKA_BROKERS and this service',
    content: { 'application/yaml': { schema: { type: 'string' } } },
  })
  document(@Req() request: Request): string {
    return asyncApiYaml({
      kafkaBrokers: this.config.KAFKA_BROKERS,
      ledgerTopic: this.config.LEDGER_KAFKA_TOPIC,
      changesTopic: this.config.LEDGER_CHANGES_TOPIC,
      httpBaseUrl: publicBaseUrl(request, this.config.LEDGER_PUBLIC_URL),
    });
  }
}
