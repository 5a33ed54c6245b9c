import { Controller, Get, Headers, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { CommitmentChange } from '@cleannet/domain';
import type { Request, Response } from 'express';
import { ReadAccess } from '../../auth/access.decorator.js';
import { LEDGER_CONFIG } from '../../config/config.token.js';
import type { LedgerConfig } from '../../config/config.schema.js';
import { ApiEventStream } from '../../docs/answer-responses.js';
import { problemResponses } from '../../docs/problem-responses.js';
import { ProblemError } from '../../http/problem-details/problem-error.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { METRICS, type LedgerMetrics } from '../../ops/metrics/ledger-metrics.js';
import type { SequencedChange } from './change-feed.js';
import { changeMatches } from './change-filter.js';
import {
  ChangesStreamQuerySchema,
  LastEventIdSchema,
  type ChangesStreamQuery,
} from './changes-stream.query.js';
import { sseHeartbeat, sseMessage } from './sse-format.js';
import { STREAM_REGISTRY, type StreamRegistry } from './stream-registry.js';

@ApiTags('streams')
@Controller('v1/changes')
@ReadAccess()
export class ChangesStreamController {
  constructor(
    @Inject(READ_MODEL) private readonly model: ReadModel,
    @Inject(STREAM_REGISTRY) private readonly streams: StreamRegistry,
    @Inject(METRICS) private readonly metrics: LedgerMetrics,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get('stream')
  @ApiOperation({
    summary: 'Commitment changes as Server-Sent Events',
    description:
      'Each event has an id (its sequence number). Reconnect with Last-Event-ID (or ?after=) to ' +
      'resume without gaps. Comment lines are heartbeats.',
  })
  @ApiEventStream('The stream: the changes after the cursor, then live ones')
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'The last change sequence number received: the stream resumes after it',
  })
  @ApiQuery({ name: 'actor', required: false })
  @ApiQuery({ name: 'kind', required: false, enum: ['country', 'operator', 'company', 'bloc'] })
  @ApiQuery({ name: 'regressionsOnly', required: false, type: Boolean })
  @ApiQuery({ name: 'after', required: false, type: Number })
  @problemResponses(400, 401)
  stream(
    @Query({ schema: ChangesStreamQuerySchema }) query: ChangesStreamQuery,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    let cursor = query.after ?? 0;
    if (lastEventId !== undefined && lastEventId !== '') {
      const parsed = LastEventIdSchema.safeParse(lastEventId);
      if (!parsed.success) {
        throw ProblemError.badRequest('Last-Event-ID must be a change sequence number.', [
          { path: '(header) last-event-id', message: parsed.error.issues[0]?.message ?? 'invalid' },
        ]);
      }
      cursor = parsed.data;
    }

    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('Connection', 'keep-alive');
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    request.socket.setNoDelay(true);
    request.socket.setTimeout(0);

    // The changes of one log batch arrive in one synchronous run: they leave in one socket write
    // (a write is a system call, and on a busy machine its cost shows in every delivery).
    let corked = false;
    const uncork = () => {
      corked = false;
      response.uncork();
    };
    const send = (entry: SequencedChange<CommitmentChange>) => {
      if (entry.sequence <= cursor) return;
      cursor = entry.sequence;
      if (!changeMatches(entry.change, query)) return;
      if (!corked) {
        corked = true;
        response.cork();
        process.nextTick(uncork);
      }
      response.write(sseMessage(entry.sequence, 'commitment-change', entry.change));
    };
    // Backlog and live delivery are joined in one synchronous step, so no
    // change can fall between them.
    response.write(`retry: 2000\n\n`);
    for (const entry of this.model.changes.since(cursor)) send(entry);
    const unsubscribe = this.model.changes.listen(send);
    const heartbeat = setInterval(
      () => response.write(sseHeartbeat()),
      this.config.LEDGER_SSE_HEARTBEAT_MS,
    );
    this.metrics.sseClients.inc();

    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
      unregister();
      this.metrics.sseClients.dec();
      response.end();
    };
    const unregister = this.streams.add(close);
    response.on('close', close);
  }
}
