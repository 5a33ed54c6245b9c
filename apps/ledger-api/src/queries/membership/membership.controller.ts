import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ReadAccess } from '../../auth/access.decorator.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { sendTabular } from '../../http/tabular.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { BitemporalQuerySchema, asOfQuery, type BitemporalQuery } from '../bitemporal-query.js';
import { ApiBitemporal } from '../api-bitemporal.js';

@ApiTags('queries')
@Controller('v1/membership')
@ReadAccess()
export class MembershipController {
  constructor(@Inject(READ_MODEL) private readonly model: ReadModel) {}

  @Get()
  @ApiOperation({ summary: 'Who was committed on asOf, as the ledger knew it at knownAt' })
  @ApiBitemporal()
  @ApiProduces('application/json', 'text/csv')
  @problemResponses(400, 401)
  membership(
    @Query({ schema: BitemporalQuerySchema }) query: BitemporalQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    const result = this.model.index.membership(asOfQuery(query));
    sendTabular(
      request,
      response,
      query.format,
      result,
      result.committed as never,
      `membership-${result.asOf}`,
    );
  }
}
