import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { VendorIdSchema } from '@cleannet/domain';
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

const ExposureQuerySchema = z.strictObject({
  ...bitemporalFields,
  vendor: VendorIdSchema.optional(),
});

@ApiTags('queries')
@Controller('v1/exposure')
@ReadAccess()
export class ExposureController {
  constructor(
    @Inject(READ_MODEL) private readonly model: ReadModel,
    @Inject(ANSWER_CACHE) private readonly answers: AnswerCache,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Per vendor, which markets were closed, restricted or open on asOf' })
  @ApiBitemporal()
  @ApiQuery({ name: 'vendor', required: false, example: 'vendor:huawei' })
  @ApiProduces('application/json', 'text/csv')
  @problemResponses(400, 401)
  exposure(
    @Query({ schema: ExposureQuerySchema }) query: z.output<typeof ExposureQuerySchema>,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    const q = asOfQuery(query);
    serveAnswer(this.answers, request, response, {
      format: query.format,
      scope: asOfScope(q),
      compute: () => {
        const result = this.model.index.exposure(q, query.vendor);
        return {
          body: result,
          table: result.vendors as never,
          filename: `exposure-${result.asOf}`,
        };
      },
    });
  }
}
