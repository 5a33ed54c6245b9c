import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ReadAccess } from '../../auth/access.decorator.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { sendTabular } from '../../http/tabular.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { ApiBitemporal } from '../api-bitemporal.js';
import { BitemporalQuerySchema, asOfQuery, type BitemporalQuery } from '../bitemporal-query.js';

@ApiTags('queries')
@Controller('v1/regressions')
@ReadAccess()
export class RegressionsController {
  constructor(@Inject(READ_MODEL) private readonly model: ReadModel) {}

  @Get()
  @ApiOperation({ summary: 'Every change that weakened a commitment, effective on or before asOf' })
  @ApiBitemporal()
  @ApiProduces('application/json', 'text/csv')
  @problemResponses(400, 401)
  regressions(
    @Query({ schema: BitemporalQuerySchema }) query: BitemporalQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    const q = asOfQuery(query);
    const regressions = this.model.index.regressions(q);
    sendTabular(
      request,
      response,
      query.format,
      { ...q, regressions },
      regressions as never,
      `regressions-${q.asOf}`,
    );
  }
}
