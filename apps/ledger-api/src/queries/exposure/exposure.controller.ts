import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { VendorIdSchema } from '@cleannet/domain';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ReadAccess } from '../../auth/access.decorator.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { sendTabular } from '../../http/tabular.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { ApiBitemporal } from '../api-bitemporal.js';
import { asOfQuery, bitemporalFields } from '../bitemporal-query.js';

const ExposureQuerySchema = z.strictObject({
  ...bitemporalFields,
  vendor: VendorIdSchema.optional(),
});

@ApiTags('queries')
@Controller('v1/exposure')
@ReadAccess()
export class ExposureController {
  constructor(@Inject(READ_MODEL) private readonly model: ReadModel) {}

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
    const result = this.model.index.exposure(asOfQuery(query), query.vendor);
    sendTabular(
      request,
      response,
      query.format,
      result,
      result.vendors as never,
      `exposure-${result.asOf}`,
    );
  }
}
