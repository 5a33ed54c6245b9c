import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ActorIdSchema, DaySchema, EVENT_TYPES, type EventType } from '@cleannet/domain';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ReadAccess } from '../../auth/access.decorator.js';
import { envelopeOf } from '../../commands/append-event/envelope-response.js';
import { ApiAnswer } from '../../docs/answer-responses.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { LEDGER, type Ledger } from '../../ledger/ledger.port.js';
import { KnownAtSchema } from '../bitemporal-query.js';
import { queryInteger } from '../query-integer.js';
import type { AnswerCache } from '../answer-cache/answer-cache.js';
import { ANSWER_CACHE, serveAnswer } from '../answer-cache/serve-answer.js';
import type { AnswerScope } from '../answer-cache/answer-scope.js';
import { serialiseAnswer, type ComputedAnswer } from '../answer-cache/serialise-answer.js';
import { wantsCsv } from '../../http/tabular.js';

const EventsQuerySchema = z.strictObject({
  actor: ActorIdSchema.optional(),
  kind: z.enum(EVENT_TYPES as [EventType, ...EventType[]]).optional(),
  from: DaySchema.optional(),
  to: DaySchema.optional(),
  knownAt: KnownAtSchema.optional(),
  cursor: queryInteger({ min: 0 }).optional(),
  limit: queryInteger({ min: 1, max: 1000 }).default(100),
  format: z.enum(['json', 'csv']).optional(),
});

@ApiTags('events')
@Controller('v1/events')
@ReadAccess()
export class EventsController {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(ANSWER_CACHE) private readonly answers: AnswerCache,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The log itself, in log order, with filters and cursor pagination',
    description: 'Pass `nextCursor` from a page as `cursor` to get the next one.',
  })
  @ApiQuery({ name: 'actor', required: false })
  @ApiQuery({ name: 'kind', required: false, enum: EVENT_TYPES })
  @ApiQuery({ name: 'from', required: false, description: 'effective on or after (YYYY-MM-DD)' })
  @ApiQuery({ name: 'to', required: false, description: 'effective on or before (YYYY-MM-DD)' })
  @ApiQuery({ name: 'knownAt', required: false })
  @ApiQuery({ name: 'cursor', required: false, type: Number })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProduces('application/json', 'text/csv')
  @ApiAnswer({
    schema: 'EventsPage',
    description: 'One page of stored events; CSV: one row per event',
    example: 'eventsPage',
    csv: 'eventsPage.csv',
  })
  @problemResponses(400, 401)
  list(
    @Query({ schema: EventsQuerySchema }) query: z.output<typeof EventsQuerySchema>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    // A page that is not full can gain any newly known event.
    const lastPage: AnswerScope = {
      kind: 'log-tail',
      knownAtMs: query.knownAt === undefined ? undefined : Date.parse(query.knownAt),
    };
    return serveAnswer(this.answers, request, response, {
      scope: lastPage,
      produce: () => serialiseAnswer(this.page(query), wantsCsv(request, query.format)),
    });
  }

  private page(query: z.output<typeof EventsQuerySchema>): ComputedAnswer {
    const page = this.ledger.events({
      ...(query.actor ? { actor: query.actor } : {}),
      ...(query.kind ? { type: query.kind } : {}),
      ...(query.from ? { effectiveFrom: query.from } : {}),
      ...(query.to ? { effectiveTo: query.to } : {}),
      ...(query.knownAt ? { knownAt: query.knownAt } : {}),
      ...(query.cursor !== undefined ? { after: query.cursor } : {}),
      limit: query.limit,
    });
    const events = page.events.map(envelopeOf);
    if (page.nextCursor === undefined) {
      return { body: { events }, table: events, filename: 'events' };
    }
    // Appends go after every position: a full page (one with a next cursor) never changes.
    return {
      body: { events, nextCursor: page.nextCursor },
      table: events,
      filename: 'events',
      scope: { kind: 'immutable' },
    };
  }
}
