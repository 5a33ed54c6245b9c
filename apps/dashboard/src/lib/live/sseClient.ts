import { createParser, type EventSourceMessage } from 'eventsource-parser';

/**
 * A Server-Sent Events client over fetch. The browser's EventSource resends
 * Last-Event-ID only on its own reconnects and gives up for good on an HTTP
 * error; this one always resumes from the last id it saw, retries with
 * backoff, and notices a silent connection (no bytes, not even a heartbeat).
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface SseMessage {
  id: string | undefined;
  event: string;
  data: string;
}

export interface SseOptions {
  url: string;
  onMessage: (message: SseMessage) => void;
  onState?: (state: ConnectionState) => void;
  /** Resume after this id (from an earlier connection). */
  lastEventId?: string | undefined;
  fetch?: typeof fetch;
  /** Waits before a reconnect; resolves early if the signal aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  initialRetryMs?: number;
  maxRetryMs?: number;
  /** Reconnect if nothing arrives for this long (the server's heartbeats keep it alive). */
  idleTimeoutMs?: number;
}

export interface SseConnection {
  readonly lastEventId: string | undefined;
  close(): void;
}

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const handle = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(handle);
      resolve();
    });
  });

class StreamEnded extends Error {}

export function connectSse(options: SseOptions): SseConnection {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = options.sleep ?? defaultSleep;
  const initialRetryMs = options.initialRetryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  const closing = new AbortController();
  let lastEventId = options.lastEventId;
  let serverRetryMs: number | null = null;
  let state: ConnectionState | null = null;

  function setState(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  }

  const parser = createParser({
    onEvent(message: EventSourceMessage) {
      if (message.id !== undefined) lastEventId = message.id;
      options.onMessage({ id: message.id, event: message.event ?? 'message', data: message.data });
    },
    onRetry(ms) {
      serverRetryMs = ms;
    },
  });

  /** One connection, until it ends; false if the server said not to come back. */
  async function connectOnce(): Promise<boolean> {
    const attempt = new AbortController();
    const abortAttempt = () => attempt.abort();
    closing.signal.addEventListener('abort', abortAttempt);
    let idle: ReturnType<typeof setTimeout> | undefined;
    const armIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(abortAttempt, idleTimeoutMs);
    };
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (lastEventId !== undefined && lastEventId !== '') headers['Last-Event-ID'] = lastEventId;
      armIdle();
      const response = await doFetch(options.url, {
        headers,
        signal: attempt.signal,
        cache: 'no-store',
      });
      // 204 is the spec's way for a server to tell clients to stop reconnecting.
      if (response.status === 204) return false;
      if (!response.ok || response.body === null)
        throw new Error(`stream answered ${response.status}`);
      setState('open');
      parser.reset();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) throw new StreamEnded();
        armIdle();
        parser.feed(value);
      }
    } finally {
      clearTimeout(idle);
      closing.signal.removeEventListener('abort', abortAttempt);
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    setState('connecting');
    while (!closing.signal.aborted) {
      const openedBefore = state === 'open';
      try {
        if (!(await connectOnce())) break;
      } catch {
        // Ended, dropped, timed out or refused: all mean "try again later".
      }
      if (closing.signal.aborted) break;
      failures = state === 'open' || openedBefore ? 1 : failures + 1;
      setState('reconnecting');
      const backoff = Math.min(maxRetryMs, initialRetryMs * 2 ** (failures - 1));
      await sleep(serverRetryMs ?? backoff, closing.signal);
    }
    setState('closed');
  }

  void run();

  return {
    get lastEventId() {
      return lastEventId;
    },
    close() {
      closing.abort();
    },
  };
}
