import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ReadAccess } from '../../auth/access.decorator.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { BitemporalQuerySchema, asOfQuery, type BitemporalQuery } from '../bitemporal-query.js';
import { ApiBitemporal } from '../api-bitemporal.js';
import type { AnswerCache } from '../answer-cache/answer-cache.js';
import { asOfScope } from '../answer-cache/answer-scope.js';
import { ANSWER_CACHE, serveAnswer } from '../answer-cache/serve-answer.js';

@ApiTags('queries')
@Controller('v1/membership')
@ReadAccess()
export class MembershipController {
  constructor(
    @Inject(READ_MODEL) private readonly model: ReadModel,
    @Inject(ANSWER_CACHE) private readonly answers: AnswerCache,
  ) {}

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
    const q = asOfQuery(query);
    serveAnswer(this.answers, request, response, {
      format: query.format,
      scope: asOfScope(q),
      compute: () => {
        const result = this.model.index.membership(q);
        return {
          body: result,
          table: result.committed as never,
          filename: `membership-${result.asOf}`,
        };
      },
    });
  }
}
