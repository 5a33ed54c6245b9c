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
import { problem } from '../../http/problem-details/problem.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { METRICS, type LedgerMetrics } from '../../ops/metrics/ledger-metrics.js';
import type { FeedEntry } from './change-feed.js';
import { changeMatches } from './change-filter.js';
import {
  CHANGE_ID_MESSAGE,
  ChangesStreamQuerySchema,
  type ChangesStreamQuery,
} from './changes-stream.query.js';
import { startClientStream } from './client-stream.js';
import { createPagePacer } from './page-pacer.js';
import { resumePointFor } from './resume-point.js';
import { sseMessage } from './sse-format.js';
import { STREAM_REGISTRY, type StreamRegistry } from './stream-registry.js';

@ApiTags('streams')
@Controller('v1/changes')
@ReadAccess()
export class ChangesStreamController {
  /** Every client is sent the same text for a change: made once, kept as long as the change is. */
  private readonly messages = new WeakMap<FeedEntry<CommitmentChange>, string>();
  /** About a millisecond of socket writes per turn of the event loop, whatever the number of streams. */
  private readonly pacer = createPagePacer(1024 * 1024);

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
      'Each event has a change id (<position>.<index>.<digest>). Reconnect with Last-Event-ID (or ' +
      '?after=) to resume without gaps. An id this ledger cannot resume from (its log was repaired, ' +
      'or the id is from another ledger) is answered with a `resync` event, then every change from ' +
      'the first. Comment lines are heartbeats.',
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
  @ApiQuery({ name: 'after', required: false, type: String })
  @problemResponses(400, 401, 429, 503)
  stream(
    @Query({ schema: ChangesStreamQuerySchema }) query: ChangesStreamQuery,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    const useHeader = lastEventId !== undefined && lastEventId !== '';
    const resumeFrom = useHeader ? lastEventId : query.after;
    const start = resumePointFor(this.model.changes, resumeFrom);
    if (start === undefined) {
      throw ProblemError.badRequest(`${resumeFrom} is not a change id.`, [
        { path: useHeader ? '(header) last-event-id' : 'after', message: CHANGE_ID_MESSAGE },
      ]);
    }

    const address = request.ip ?? request.socket.remoteAddress ?? '';
    const refusal = this.streams.refusal(address);
    if (refusal !== undefined) {
      const retryAfter = { 'Retry-After': String(this.config.LEDGER_RETRY_AFTER_SECONDS) };
      throw refusal === 'streams'
        ? new ProblemError(
            problem(503, 'The service has as many change streams open as it allows.'),
            retryAfter,
          )
        : new ProblemError(
            problem(429, 'This client address has as many change streams open as it may.'),
            retryAfter,
          );
    }

    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('Connection', 'keep-alive');
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    request.socket.setNoDelay(true);
    // The stream watches its own client (heartbeats, the stall timeout).
    request.socket.setTimeout(0);

    response.write(`retry: 2000\n\n`);
    if (start.kind === 'resync') {
      // An empty id clears the client's cursor: a reconnect before the first change starts afresh too.
      const notice = { reason: start.reason, detail: start.detail, lastEventId: resumeFrom };
      response.write(sseMessage('', 'resync', notice));
    }
    this.metrics.sseClients.inc();
    const stream = startClientStream({
      response,
      feed: this.model.changes,
      next: start.kind === 'after' ? start.next : 0,
      matches: (change) => changeMatches(change, query),
      messageOf: (entry) => this.messageOf(entry),
      pacer: this.pacer,
      limits: {
        bufferBytes: this.config.LEDGER_SSE_BUFFER_BYTES,
        stallTimeoutMs: this.config.LEDGER_SSE_STALL_TIMEOUT_MS,
        heartbeatMs: this.config.LEDGER_SSE_HEARTBEAT_MS,
        catchUpBytes: this.config.LEDGER_SSE_CATCHUP_BYTES,
      },
      onEnd: () => {
        unregister();
        this.metrics.sseClients.dec();
      },
    });
    const unregister = this.streams.add(address, stream.close, () => response.writableLength);
  }

  private messageOf(entry: FeedEntry<CommitmentChange>): string {
    let message = this.messages.get(entry);
    if (message === undefined) {
      message = sseMessage(entry.id, 'commitment-change', entry.change);
      this.messages.set(entry, message);
    }
    return message;
  }
}
