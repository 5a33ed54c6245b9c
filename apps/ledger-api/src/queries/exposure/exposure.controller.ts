import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { VendorIdSchema } from '@cleannet/domain';
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

const ExposureQuerySchema = z.strictObject({
  ...bitemporalFields,
  vendor: VendorIdSchema.optional(),
});

@ApiTags('queries')
@Controller('v1/exposure')
@ReadAccess()
export class ExposureController {
  constructor(
    @Inject(READ_ENGINE) private readonly reads: ReadEngine,
    @Inject(ANSWER_CACHE) private readonly answers: AnswerCache,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Per vendor, which markets were closed, restricted or open on asOf' })
  @ApiBitemporal()
  @ApiAnswer({
    schema: 'Exposure',
    description: 'Per vendor, the markets in each class; CSV: one row per vendor',
    example: 'exposure',
    csv: 'exposure.csv',
  })
  @ApiQuery({ name: 'vendor', required: false, example: 'vendor:huawei' })
  @ApiProduces('application/json', 'text/csv')
  @problemResponses(400, 401)
  exposure(
    @Query({ schema: ExposureQuerySchema }) query: z.output<typeof ExposureQuerySchema>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const q = asOfQuery(query);
    return serveAnswer(this.answers, request, response, {
      scope: asOfScope(q),
      produce: () =>
        this.reads.answer({
          route: 'exposure',
          query: q,
          ...(query.vendor ? { vendor: query.vendor } : {}),
          csv: wantsCsv(request, query.format),
        }),
    });
  }
}
