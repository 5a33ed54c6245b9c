import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { RequiresRole } from '../../auth/access.decorator.js';
import type { AuthenticatedRequest } from '../../auth/access.guard.js';
import { LEDGER, type AppendOutcome, type Ledger } from '../../ledger/ledger.port.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { ApiAnswer } from '../../docs/answer-responses.js';
import { BatchBodySchema, SingleEventBodySchema } from './append-event.request.js';
import { envelopeOf } from './envelope-response.js';

const replayHeader = {
  'Idempotent-Replayed': {
    description: '`true` when every event had been recorded before: the originals are returned',
    schema: { type: 'string', enum: ['true'] },
  },
};

@ApiTags('events')
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
  @ApiAnswer({
    status: 201,
    schema: 'StoredEvent',
    description:
      'The stored envelope: the event stamped with recordedAt, recordedBy and its position',
    example: 'stored',
    headers: replayHeader,
  })
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
  @ApiAnswer({
    status: 201,
    schema: 'StoredBatch',
    description: 'The stored envelopes in batch order',
    example: 'batchResponse',
    headers: replayHeader,
  })
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
