import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ReadAccess } from '../../auth/access.decorator.js';
import { ApiAnswer } from '../../docs/answer-responses.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { wantsCsv } from '../../http/tabular.js';
import { ApiBitemporal } from '../api-bitemporal.js';
import { asOfQuery, bitemporalFields } from '../bitemporal-query.js';
import type { AnswerCache } from '../answer-cache/answer-cache.js';
import { asOfScope } from '../answer-cache/answer-scope.js';
import { ANSWER_CACHE, serveAnswer } from '../answer-cache/serve-answer.js';
import { READ_ENGINE, type ReadEngine } from '../read-engine/read-engine.port.js';

const ActorsQuerySchema = z.strictObject({
  ...bitemporalFields,
  kind: z.enum(['country', 'operator', 'company', 'bloc']).optional(),
});

@ApiTags('queries')
@Controller('v1/actors')
@ReadAccess()
export class ActorsController {
  constructor(
    @Inject(READ_ENGINE) private readonly reads: ReadEngine,
    @Inject(ANSWER_CACHE) private readonly answers: AnswerCache,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every actor the ledger has events about, with its status on asOf' })
  @ApiBitemporal()
  @ApiAnswer({
    schema: 'Actors',
    description: 'Every actor with its status; CSV: one row per actor',
    example: 'actors',
    csv: 'actors.csv',
  })
  @ApiQuery({ name: 'kind', required: false, enum: ['country', 'operator', 'company', 'bloc'] })
  @ApiProduces('application/json', 'text/csv')
  @problemResponses(400, 401)
  actors(
    @Query({ schema: ActorsQuerySchema }) query: z.output<typeof ActorsQuerySchema>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const q = asOfQuery(query);
    return serveAnswer(this.answers, request, response, {
      scope: asOfScope(q, { listsActors: true }),
      produce: () =>
        this.reads.answer({
          route: 'actors',
          query: q,
          ...(query.kind ? { kind: query.kind } : {}),
          csv: wantsCsv(request, query.format),
        }),
    });
  }
}
