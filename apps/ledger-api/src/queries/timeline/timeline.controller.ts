import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ActorIdSchema } from '@cleannet/domain';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ReadAccess } from '../../auth/access.decorator.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { ProblemError } from '../../http/problem-details/problem-error.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { ApiBitemporal } from '../api-bitemporal.js';
import { BitemporalQuerySchema, asOfQuery, type BitemporalQuery } from '../bitemporal-query.js';

@ApiTags('queries')
@Controller('v1/actors')
@ReadAccess()
export class TimelineController {
  constructor(@Inject(READ_MODEL) private readonly model: ReadModel) {}

  @Get(':id/timeline')
  @ApiOperation({ summary: "An actor's events and derived status changes, with sources" })
  @ApiParam({ name: 'id', example: 'BR' })
  @ApiBitemporal()
  @problemResponses(400, 401, 404)
  timeline(
    @Param('id', { schema: ActorIdSchema }) id: string,
    @Query({ schema: BitemporalQuerySchema }) query: BitemporalQuery,
  ) {
    const q = asOfQuery(query);
    if (!this.model.index.view(q).actorIds.includes(id)) {
      throw ProblemError.notFound(`The ledger has no events about ${id}.`);
    }
    return this.model.index.timeline(id, q);
  }
}
