import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { DaySchema, VendorIdSchema } from '@cleannet/domain';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ReadAccess } from '../../auth/access.decorator.js';
import { ApiAnswer } from '../../docs/answer-responses.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { ProblemError } from '../../http/problem-details/problem-error.js';
import { wantsCsv } from '../../http/tabular.js';
import { KnownAtSchema } from '../bitemporal-query.js';
import type { AnswerCache } from '../answer-cache/answer-cache.js';
import { asOfScope } from '../answer-cache/answer-scope.js';
import { ANSWER_CACHE, serveAnswer } from '../answer-cache/serve-answer.js';
import { READ_ENGINE, type ReadEngine } from '../read-engine/read-engine.port.js';

const TrendsQuerySchema = z.strictObject({
  from: DaySchema.default('2018-01-01'),
  to: DaySchema.optional(),
  interval: z.enum(['month', 'quarter', 'year']).default('month'),
  knownAt: KnownAtSchema.optional(),
  vendor: VendorIdSchema.optional(),
  format: z.enum(['json', 'csv']).optional(),
});

/** Enough for monthly points over a century; keeps one request from building millions of points. */
const MAX_POINTS = 1200;

@ApiTags('queries')
@Controller('v1/trends')
@ReadAccess()
export class TrendsController {
  constructor(
    @Inject(READ_ENGINE) private readonly reads: ReadEngine,
    @Inject(ANSWER_CACHE) private readonly answers: AnswerCache,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Members, GDP share, subscribers and exposure at each interval from..to',
  })
  @ApiQuery({ name: 'from', required: false, description: 'YYYY-MM-DD (default 2018-01-01)' })
  @ApiQuery({ name: 'to', required: false, description: 'YYYY-MM-DD (default today)' })
  @ApiQuery({ name: 'interval', required: false, enum: ['month', 'quarter', 'year'] })
  @ApiQuery({ name: 'knownAt', required: false })
  @ApiQuery({ name: 'vendor', required: false })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProduces('application/json', 'text/csv')
  @ApiAnswer({
    schema: 'Trends',
    description: 'One point per interval end, then `to`; CSV: one row per point',
    example: 'trends',
    csv: 'trends.csv',
  })
  @problemResponses(400, 401)
  trends(
    @Query({ schema: TrendsQuerySchema }) query: z.output<typeof TrendsQuerySchema>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const to = query.to ?? new Date().toISOString().slice(0, 10);
    if (to < query.from) {
      throw ProblemError.badRequest('`to` is before `from`.', [
        { path: 'to', message: 'must not be before from' },
      ]);
    }
    const months = { month: 1, quarter: 3, year: 12 }[query.interval];
    const span = (Number(to.slice(0, 4)) - Number(query.from.slice(0, 4))) * 12 + 12;
    if (span / months > MAX_POINTS) {
      throw ProblemError.badRequest(`At most ${MAX_POINTS} points per request.`, [
        { path: 'interval', message: 'too many points for this range' },
      ]);
    }
    return serveAnswer(this.answers, request, response, {
      // The last point is on or before `to`: later events cannot move any point.
      scope: asOfScope({ asOf: to, knownAt: query.knownAt }),
      produce: () =>
        this.reads.answer({
          route: 'trends',
          from: query.from,
          to,
          interval: query.interval,
          ...(query.knownAt ? { knownAt: query.knownAt } : {}),
          ...(query.vendor ? { vendor: query.vendor } : {}),
          csv: wantsCsv(request, query.format),
        }),
    });
  }
}
