import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ActorIdSchema } from '@cleannet/domain';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ReadAccess } from '../../auth/access.decorator.js';
import { ApiAnswer } from '../../docs/answer-responses.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { ProblemError } from '../../http/problem-details/problem-error.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { ApiBitemporal } from '../api-bitemporal.js';
import { BitemporalQuerySchema, asOfQuery, type BitemporalQuery } from '../bitemporal-query.js';
import type { AnswerCache } from '../answer-cache/answer-cache.js';
import { asOfScope } from '../answer-cache/answer-scope.js';
import { ANSWER_CACHE, serveAnswer } from '../answer-cache/serve-answer.js';
import { READ_ENGINE, type ReadEngine } from '../read-engine/read-engine.port.js';

@ApiTags('queries')
@Controller('v1/actors')
@ReadAccess()
export class TimelineController {
  constructor(
    @Inject(READ_MODEL) private readonly model: ReadModel,
    @Inject(ANSWER_CACHE) private readonly answers: AnswerCache,
    @Inject(READ_ENGINE) private readonly reads: ReadEngine,
  ) {}

  @Get(':id/timeline')
  @ApiOperation({ summary: "An actor's events and derived status changes, with sources" })
  @ApiParam({ name: 'id', example: 'BR' })
  @ApiBitemporal()
  @ApiAnswer({
    schema: 'ActorTimeline',
    description: "The actor's events in effect, its status changes and its status on asOf",
    example: 'timeline',
  })
  @problemResponses(400, 401, 404)
  timeline(
    @Param('id', { schema: ActorIdSchema }) id: string,
    @Query({ schema: BitemporalQuerySchema }) query: BitemporalQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const q = asOfQuery(query);
    // Checked before the cache is asked: a 404 is never cached.
    if (!this.model.index.view(q).actorIds.includes(id)) {
      throw ProblemError.notFound(`The ledger has no events about ${id}.`);
    }
    return serveAnswer(this.answers, request, response, {
      scope: asOfScope(q, { actor: id }),
      // A timeline has no table: always JSON.
      produce: () => this.reads.answer({ route: 'timeline', actorId: id, query: q, csv: false }),
    });
  }
}
