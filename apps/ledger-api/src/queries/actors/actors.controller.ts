import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { actorKindOf, dayFromNumber } from '@cleannet/domain';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ReadAccess } from '../../auth/access.decorator.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { ApiBitemporal } from '../api-bitemporal.js';
import { asOfQuery, bitemporalFields } from '../bitemporal-query.js';
import type { AnswerCache } from '../answer-cache/answer-cache.js';
import { asOfScope } from '../answer-cache/answer-scope.js';
import { ANSWER_CACHE, serveAnswer } from '../answer-cache/serve-answer.js';

const ActorsQuerySchema = z.strictObject({
  ...bitemporalFields,
  kind: z.enum(['country', 'operator', 'company', 'bloc']).optional(),
});

@ApiTags('queries')
@Controller('v1/actors')
@ReadAccess()
export class ActorsController {
  constructor(
    @Inject(READ_MODEL) private readonly model: ReadModel,
    @Inject(ANSWER_CACHE) private readonly answers: AnswerCache,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every actor the ledger has events about, with its status on asOf' })
  @ApiBitemporal()
  @ApiQuery({ name: 'kind', required: false, enum: ['country', 'operator', 'company', 'bloc'] })
  @ApiProduces('application/json', 'text/csv')
  @problemResponses(400, 401)
  actors(
    @Query({ schema: ActorsQuerySchema }) query: z.output<typeof ActorsQuerySchema>,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    const q = asOfQuery(query);
    serveAnswer(this.answers, request, response, {
      format: query.format,
      scope: asOfScope(q, { listsActors: true }),
      compute: () => {
        const actors = this.list(q, query.kind);
        return { body: { ...q, actors }, table: actors, filename: `actors-${q.asOf}` };
      },
    });
  }

  private list(q: ReturnType<typeof asOfQuery>, kind: string | undefined) {
    const view = this.model.index.view(q);
    const actors = view.actorIds
      .filter((id) => kind === undefined || actorKindOf(id) === kind)
      .map((id) => {
        const state = view.stateOf(id);
        return {
          id,
          kind: actorKindOf(id),
          name: state?.name ?? this.model.nameOf(id) ?? null,
          commitment: state?.commitment ?? 'none',
          joinedOn: state?.joinDay == null ? null : dayFromNumber(state.joinDay),
          measures: state?.measures.length ?? 0,
        };
      });
    return actors;
  }
}
