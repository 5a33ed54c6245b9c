import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ReadAccess } from '../../auth/access.decorator.js';
import { ApiAnswer } from '../../docs/answer-responses.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { wantsCsv } from '../../http/tabular.js';
import { BitemporalQuerySchema, asOfQuery, type BitemporalQuery } from '../bitemporal-query.js';
import { ApiBitemporal } from '../api-bitemporal.js';
import type { AnswerCache } from '../answer-cache/answer-cache.js';
import { asOfScope } from '../answer-cache/answer-scope.js';
import { ANSWER_CACHE, serveAnswer } from '../answer-cache/serve-answer.js';
import { READ_ENGINE, type ReadEngine } from '../read-engine/read-engine.port.js';

@ApiTags('queries')
@Controller('v1/membership')
@ReadAccess()
export class MembershipController {
  constructor(
    @Inject(READ_ENGINE) private readonly reads: ReadEngine,
    @Inject(ANSWER_CACHE) private readonly answers: AnswerCache,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Who was committed on asOf, as the ledger knew it at knownAt' })
  @ApiBitemporal()
  @ApiAnswer({
    schema: 'Membership',
    description:
      'Committed actors, counts, GDP share, bloc coverage; CSV: one row per committed actor',
    example: 'membership',
    csv: 'membership.csv',
  })
  @ApiProduces('application/json', 'text/csv')
  @problemResponses(400, 401)
  membership(
    @Query({ schema: BitemporalQuerySchema }) query: BitemporalQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const q = asOfQuery(query);
    return serveAnswer(this.answers, request, response, {
      scope: asOfScope(q),
      produce: () =>
        this.reads.answer({
          route: 'membership',
          query: q,
          csv: wantsCsv(request, query.format),
        }),
    });
  }
}
