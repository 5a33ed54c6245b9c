import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Membership } from '@cleannet/domain';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ReadAccess } from '../../auth/access.decorator.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { sendTabular, wantsCsv } from '../../http/tabular.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { BitemporalQuerySchema, asOfQuery, type BitemporalQuery } from '../bitemporal-query.js';
import { ApiBitemporal } from '../api-bitemporal.js';
import { createReadCache } from '../read-cache.js';

interface CachedMembership {
  readonly result: Membership;
  readonly json: string;
}

@ApiTags('queries')
@Controller('v1/membership')
@ReadAccess()
export class MembershipController {
  /**
   * Membership takes about a millisecond to compute and the dashboard asks
   * the same few dates again and again: answers are kept per (asOf, knownAt,
   * log head), already serialised.
   */
  private readonly cache = createReadCache<CachedMembership>(512);

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
    const { index } = this.model;
    const asOf = asOfQuery(query);
    const cached = this.cache.get(`${asOf.asOf}|${asOf.knownAt ?? ''}|${index.size}`, () => {
      const result = index.membership(asOf);
      return { result, json: JSON.stringify(result) };
    });
    if (wantsCsv(request, query.format)) {
      sendTabular(
        request,
        response,
        query.format,
        cached.result,
        cached.result.committed as never,
        `membership-${cached.result.asOf}`,
      );
      return;
    }
    response.vary('Accept').type('application/json; charset=utf-8').send(cached.json);
  }
}
