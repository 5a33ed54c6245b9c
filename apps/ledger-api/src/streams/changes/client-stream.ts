import type { Response } from 'express';
import type { ChangeFeed, FeedEntry } from './change-feed.js';
import type { PagePacer } from './page-pacer.js';
import { sseHeartbeat } from './sse-format.js';

export interface ClientStreamLimits {
  /**
   * The largest page (LEDGER_SSE_BUFFER_BYTES). A page is written only when the
   * socket has room (Node's high-water mark, 16 KiB), so the bytes held for a
   * client beyond what its socket took never exceed one page plus that mark.
   */
  readonly bufferBytes: number;
  /** Close when the client has taken nothing for this long while its buffer was full. */
  readonly stallTimeoutMs: number;
  readonly heartbeatMs: number;
  /**
   * How much backlog one connection sends (LEDGER_SSE_CATCHUP_BYTES): a stream
   * further behind ends after this much, and the client's reconnect with
   * Last-Event-ID (which proves it read) fetches the next part.
   */
  readonly catchUpBytes: number;
}

export interface ClientStreamOptions<C> {
  readonly response: Response;
  readonly feed: ChangeFeed<C>;
  /** The feed index of the first change to consider. */
  readonly next: number;
  readonly matches: (change: C) => boolean;
  /** The SSE text of an entry (the same for every client, so it can be kept). */
  readonly messageOf: (entry: FeedEntry<C>) => string;
  readonly limits: ClientStreamLimits;
  /** Shared by every stream: when a page may be written. */
  readonly pacer: PagePacer;
  /** Called once, whatever ends the stream (the client, a stall, shutdown). */
  readonly onEnd: (reason: ClientStreamEnd) => void;
}

/** `caught-up-part`: it sent `catchUpBytes` of backlog and the client is to come back for more. */
export type ClientStreamEnd = 'closed' | 'stalled' | 'caught-up-part';

/** Entries looked at per turn of the event loop, so a narrow filter over a long backlog cannot hog it. */
const SCAN_PER_TURN = 2_000;

/**
 * One client's stream. The client holds only a cursor into the shared feed:
 * catch-up and live delivery are the same loop, which writes a page (at most
 * `bufferBytes`) when the socket has room, else waits for `drain`. A client
 * that does not read therefore costs one page, not the backlog; a connection
 * ends after `catchUpBytes` of backlog (the client resumes with Last-Event-ID
 * for the next part), and one that stays full for `stallTimeoutMs` is closed.
 * Either way the client resumes after the last change it read, losing nothing.
 * The pacer decides when a page goes, so a thousand catching-up clients
 * interleave with the requests being served.
 */
export function startClientStream<C>(options: ClientStreamOptions<C>): { close(): void } {
  const { response, feed, matches, messageOf, limits, pacer } = options;
  let next = options.next;
  /** Bytes of backlog sent on this connection, until the stream first reaches the head. */
  let catchUpSent = 0;
  let reachedHead = false;
  let waitingForDrain = false;
  let scheduled = false;
  let ended = false;
  let stall: NodeJS.Timeout | undefined;

  /** Writes the next page; returns its size in characters (about its bytes). */
  const pump = (): number => {
    scheduled = false;
    if (ended || waitingForDrain) return 0;
    let page = '';
    const scanEnd = Math.min(feed.length, next + SCAN_PER_TURN);
    // Characters stand for bytes: the messages are JSON, nearly all ASCII.
    while (next < scanEnd && page.length < limits.bufferBytes) {
      const entry = feed.at(next)!;
      next += 1;
      if (matches(entry.change)) page += messageOf(entry);
    }
    const written = page.length > 0 && response.write(page);
    if (next >= feed.length) reachedHead = true;
    if (!reachedHead) {
      catchUpSent += page.length;
      // The kernel takes megabytes into a socket whether or not the client reads: only a
      // reconnect shows that it did. Meanwhile this connection holds one part, not the backlog.
      if (catchUpSent >= limits.catchUpBytes) {
        response.write('retry: 100\n\n');
        end('caught-up-part');
        return page.length;
      }
    }
    if (page.length > 0 && !written) waitForDrain();
    else if (next < feed.length) schedule();
    return page.length;
  };

  const schedule = () => {
    if (scheduled || ended || waitingForDrain) return;
    scheduled = true;
    pacer.request(pump);
  };

  const waitForDrain = () => {
    waitingForDrain = true;
    stall = setTimeout(() => end('stalled'), limits.stallTimeoutMs);
    response.once('drain', () => {
      clearTimeout(stall);
      waitingForDrain = false;
      schedule();
    });
  };

  // A full buffer needs no heartbeat: the stall timer watches that client.
  const heartbeat = setInterval(() => {
    if (!waitingForDrain && !response.write(sseHeartbeat())) waitForDrain();
  }, limits.heartbeatMs);
  const unlisten = feed.listen(schedule);

  const end = (reason: ClientStreamEnd) => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    clearTimeout(stall);
    unlisten();
    options.onEnd(reason);
    if (waitingForDrain) reset();
    else {
      response.end();
      // The end of a part must reach the client too: one that takes nothing more is reset.
      const unfinished = setTimeout(reset, limits.stallTimeoutMs);
      response.once('finish', () => clearTimeout(unfinished));
      response.once('close', () => clearTimeout(unfinished));
    }
  };

  // A client that is not reading will not take the rest: a reset frees the socket's kernel
  // buffers now, where a close would leave them queued behind its zero window.
  const reset = () => {
    if (response.socket) response.socket.resetAndDestroy();
    else response.destroy();
  };
  response.on('close', () => end('closed'));
  schedule();
  return { close: () => end('closed') };
}
