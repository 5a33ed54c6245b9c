import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { asyncApiYaml } from './asyncapi-document.js';

@ApiTags('operations')
@Controller()
export class AsyncApiController {
  @Get('asyncapi.yaml')
  @Header('Content-Type', 'application/yaml; charset=utf-8')
  @ApiOperation({ summary: 'AsyncAPI 3 document for the ledger and commitment-change topics' })
  @ApiProduces('application/yaml')
  document(): string {
    return asyncApiYaml;
  }
}
