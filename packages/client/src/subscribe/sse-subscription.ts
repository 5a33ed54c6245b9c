import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { changeMatches } from '../events/change-filter.js';
import {
  CommitmentChangeSchema,
  toCommitmentChangeEvent,
  type CommitmentChangeEvent,
} from '../events/commitment-change-event.js';
import { ProblemError } from '../rest/problem-error.js';
import { backoffDelay, sleep, type BackoffOptions } from './backoff.js';
import { deliverWithRetry } from './deliver-with-retry.js';
import type { Subscription, SubscriptionOptionsBase } from './handler.js';

export interface SseSubscriptionOptions extends SubscriptionOptionsBase {
  /** The service, e.g. http://localhost:3000. */
  readonly baseUrl: string;
  readonly token?: string;
  /** Resume after this change (a stored cursor); absent: from the first change. */
  readonly lastEventId?: string;
  /**
   * The service cannot resume after the stored cursor: its history up to that
   * change differs from what you were sent (its log was repaired, or the
   * cursor is another ledger's). Discard what you derived from earlier changes;
   * when this resolves, every change is delivered again from the first. Without
   * it the subscription ends: `closed` rejects with `ResyncRequired`.
   */
  readonly onResync?: (notice: ResyncNotice) => void | Promise<void>;
  /** Told the new cursor after each change is handled or skipped: store it to resume. */
  readonly onCursor?: (lastEventId: string) => void | Promise<void>;
  /** A change the handler failed on every try: it is passed, and reported here. */
  readonly onDeadLetter?: (event: CommitmentChangeEvent, error: unknown) => void;
  /** The stream is open (first connect and every reconnect). */
  readonly onConnect?: () => void;
  /** A dropped or refused connection; the subscription reconnects after it. */
  readonly onDisconnect?: (error: unknown) => void;
  readonly reconnect?: BackoffOptions;
  /** No bytes (not even a heartbeat) for this long means a dead connection (default 45 s). */
  readonly idleTimeoutMs?: number;
}

/** The service's `resync` event: why the cursor cannot be resumed from. */
export interface ResyncNotice {
  readonly reason: 'unknown-change' | 'ahead-of-ledger' | 'unverifiable-id' | (string & {});
  readonly detail: string;
  /** The cursor the service could not resume after. */
  readonly lastEventId?: string;
}

/** The service asked for a resync and the subscriber has no `onResync`. */
export class ResyncRequired extends Error {
  override readonly name = 'ResyncRequired';
  constructor(readonly notice: ResyncNotice) {
    super(notice.detail);
  }
}

function toResyncNotice(message: EventSourceMessage): ResyncNotice {
  try {
    return JSON.parse(message.data) as ResyncNotice;
  } catch {
    return { reason: 'unknown', detail: 'The service asked for a resync.' };
  }
}

/** Server-side filters narrow the stream when they can express the filter exactly. */
function streamUrl(options: SseSubscriptionOptions): URL {
  const url = new URL('/v1/changes/stream', options.baseUrl);
  const { actors, kinds, regressionsOnly } = options.filter ?? {};
  if (actors?.length === 1) url.searchParams.set('actor', actors[0]!);
  if (kinds?.length === 1) url.searchParams.set('kind', kinds[0]!);
  if (regressionsOnly) url.searchParams.set('regressionsOnly', 'true');
  return url;
}

function toEvent(message: EventSourceMessage): CommitmentChangeEvent | undefined {
  if (message.event !== 'commitment-change' || !message.id) return undefined;
  const change = CommitmentChangeSchema.safeParse(JSON.parse(message.data));
  return change.success ? toCommitmentChangeEvent(message.id, change.data) : undefined;
}

/**
 * Follows `GET /v1/changes/stream`, resuming after the last handled change
 * with `Last-Event-ID` whenever the connection drops, with backoff. Each
 * change is handled before the next is read; the cursor moves only past
 * handled (or dead-lettered) changes, so a crash repeats at most the change in
 * hand. Ids are the change ids, the same as on Kafka. A `resync` from the
 * service (the cursor names no change of its history) goes to `onResync`,
 * then the stream starts again from the first change.
 */
export function subscribeSse(options: SseSubscriptionOptions): Subscription {
  const stopping = new AbortController();
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  let lastEventId = options.lastEventId;

  const handle = async (event: CommitmentChangeEvent, id: string) => {
    if (changeMatches(event, options.filter)) {
      const outcome = await deliverWithRetry(
        event,
        { transport: 'sse', lastEventId: id },
        options.handler,
        options.retry ?? {},
        stopping.signal,
      );
      if ('stopped' in outcome) return false;
      if (!outcome.handled) options.onDeadLetter?.(event, outcome.error);
    }
    lastEventId = id;
    await options.onCursor?.(id);
    return true;
  };

  /** One connection, until it ends, goes idle or the subscription stops. */
  const follow = async (): Promise<void> => {
    const connection = new AbortController();
    const abort = () => connection.abort();
    stopping.signal.addEventListener('abort', abort, { once: true });
    let idle: NodeJS.Timeout | undefined;
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => connection.abort(new Error('the stream went silent')), idleTimeoutMs);
    };
    try {
      touch();
      const response = await fetch(streamUrl(options), {
        headers: {
          accept: 'text/event-stream',
          ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        signal: connection.signal,
      });
      if (!response.ok || !response.body) {
        throw ProblemError.from(
          response.status,
          response.statusText,
          await response.json().catch(() => undefined),
        );
      }
      options.onConnect?.();
      const queue: EventSourceMessage[] = [];
      const parser = createParser({ onEvent: (message) => queue.push(message) });
      const decoder = new TextDecoder();
      for await (const chunk of response.body) {
        touch();
        parser.feed(decoder.decode(chunk, { stream: true }));
        for (let message = queue.shift(); message; message = queue.shift()) {
          if (message.event === 'resync') {
            const notice = toResyncNotice(message);
            if (!options.onResync) throw new ResyncRequired(notice);
            await options.onResync(notice);
            // The stream that follows starts from the first change; so does a reconnect now.
            lastEventId = undefined;
            continue;
          }
          const event = toEvent(message);
          if (event && !(await handle(event, message.id!))) return;
          touch();
        }
      }
    } finally {
      clearTimeout(idle);
      stopping.signal.removeEventListener('abort', abort);
    }
  };

  const run = async () => {
    let failures = 0;
    while (!stopping.signal.aborted) {
      try {
        await follow();
        // The service closed a healthy stream (restart, deploy): reconnect soon, not at once.
        failures = 1;
      } catch (error) {
        if (stopping.signal.aborted) break;
        // A request the service refuses (bad filter, no access) will not get better by retrying.
        if (error instanceof ProblemError && error.status < 500 && error.status !== 429) {
          throw error;
        }
        if (error instanceof ResyncRequired) throw error;
        options.onDisconnect?.(error);
        failures += 1;
      }
      if (failures > 0) await sleep(backoffDelay(failures, options.reconnect), stopping.signal);
    }
  };

  const closed = run();
  closed.catch(() => {});
  return {
    closed,
    async stop() {
      stopping.abort();
      await closed.catch(() => {});
    },
  };
}
