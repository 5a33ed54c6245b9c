import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { RequiresRole } from '../../auth/access.decorator.js';
import type { AuthenticatedRequest } from '../../auth/access.guard.js';
import { LEDGER, type AppendOutcome, type Ledger } from '../../ledger/ledger.port.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { proposedEventJsonSchema } from '../../docs/event-json-schema.js';
import { BatchBodySchema, SingleEventBodySchema } from './append-event.request.js';
import { envelopeOf } from './envelope-response.js';

@ApiTags('events')
@ApiBearerAuth()
@Controller('v1/events')
@UseGuards(ThrottlerGuard)
@RequiresRole('recorder')
export class AppendEventController {
  constructor(@Inject(LEDGER) private readonly ledger: Ledger) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record one event',
    description:
      'Validated by the domain schemas and rules against the ledger caught up to the end of the log. ' +
      'Sending the same id again returns the original stored envelope and appends nothing.',
  })
  @ApiBody({ schema: proposedEventJsonSchema })
  @ApiResponse({ status: 201, description: 'The stored envelope (id, recordedAt, position, ...)' })
  @problemResponses(400, 401, 403, 409, 413, 415, 422, 429, 503)
  async appendOne(
    @Body({ schema: SingleEventBodySchema }) body: Record<string, unknown>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.ledger.append([body], request.principal!.name);
    markReplay(response, outcome);
    return envelopeOf(outcome.stored[0]!);
  }

  @Post('batch')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record several events atomically',
    description: 'All events are appended, or none. `{ "events": [ ... ] }`, at most 500.',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['events'],
      properties: { events: { type: 'array', items: proposedEventJsonSchema } },
    },
  })
  @ApiResponse({ status: 201, description: '`{ events: [stored envelope, ...] }` in batch order' })
  @problemResponses(400, 401, 403, 409, 413, 415, 422, 429, 503)
  async appendBatch(
    @Body({ schema: BatchBodySchema }) body: { events: Record<string, unknown>[] },
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.ledger.append(body.events, request.principal!.name);
    markReplay(response, outcome);
    return { events: outcome.stored.map(envelopeOf) };
  }
}

/** A repeated request gets the original answer; the header says it was a replay. */
function markReplay(response: Response, outcome: AppendOutcome): void {
  if (outcome.replayed) response.setHeader('Idempotent-Replayed', 'true');
}
