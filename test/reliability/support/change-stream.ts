import { connect, type Socket } from 'node:net';
import { pledge } from './events.js';
import { postJson } from './http.js';

export interface SseMessage {
  readonly id?: string;
  readonly event?: string;
  readonly data?: string;
}

/**
 * Follows `GET /v1/changes/stream` as a client does: parses SSE messages as
 * they come and, when the service ends the stream (after a part of the
 * backlog), reconnects with the last id it saw. Stops when `until` is
 * satisfied, or after `timeoutMs` with what it has.
 */
export async function readChangeStream(
  baseUrl: string,
  options: {
    lastEventId?: string;
    until: (messages: readonly SseMessage[]) => boolean;
    timeoutMs?: number;
  },
): Promise<SseMessage[]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs ?? 30_000);
  const messages: SseMessage[] = [];
  let lastEventId = options.lastEventId;
  try {
    while (!options.until(messages)) {
      const response = await fetch(`${baseUrl}/v1/changes/stream`, {
        headers: lastEventId ? { 'last-event-id': lastEventId } : {},
        signal: abort.signal,
      });
      if (response.status !== 200) throw new Error(`the stream answered ${response.status}`);
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body!) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop()!;
        for (const block of blocks) {
          const message: Record<string, string> = {};
          for (const line of block.split('\n')) {
            const colon = line.indexOf(':');
            if (colon > 0) message[line.slice(0, colon)] = line.slice(colon + 1).replace(/^ /, '');
          }
          if (message.id !== undefined) lastEventId = message.id;
          if (message.event !== undefined || message.data !== undefined) messages.push(message);
        }
        if (options.until(messages)) break;
      }
    }
  } catch (error) {
    if (!abort.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return messages;
}

export const changesOf = (messages: readonly SseMessage[]) =>
  messages.filter((message) => message.event === 'commitment-change');

/**
 * A client that asks for the stream and then never reads a byte: the socket
 * is paused before anything arrives, so what the service sends piles up.
 */
export function neverReadingClient(
  port: number,
  options: { localAddress?: string; lastEventId?: string } = {},
): Promise<Socket> {
  const resume = options.lastEventId ? `Last-Event-ID: ${options.lastEventId}\r\n` : '';
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress: options.localAddress }, () => {
      socket.pause();
      socket.write(`GET /v1/changes/stream HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${resume}\r\n`);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/**
 * Fills the ledger with `count` pledges of new operators (one change each), in
 * batches of 500. `padding` lengthens each citation's quote (the change
 * carries its citation), to reach a backlog size with fewer events.
 */
export async function recordPledges(
  baseUrl: string,
  count: number,
  options: { prefix: string; padding?: number },
): Promise<void> {
  for (let first = 0; first < count; first += 500) {
    const batch = Array.from({ length: Math.min(500, count - first) }, (_, n) => {
      const i = first + n;
      const event = pledge(`operator:${options.prefix}-${i}`, `${options.prefix}-${i}`);
      return options.padding
        ? {
            ...event,
            source: { ...event.source, quote: `quote-${i}-`.padEnd(options.padding, 'x') },
          }
        : event;
    });
    const answer = await postJson(
      baseUrl,
      '/v1/events/batch',
      { events: batch },
      undefined,
      120_000,
    );
    if (answer.status !== 201) throw new Error(`batch answered ${answer.status}: ${answer.body}`);
  }
}
