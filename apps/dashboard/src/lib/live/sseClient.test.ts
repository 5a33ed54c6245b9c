// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { connectSse, type ConnectionState, type SseMessage } from './sseClient.ts';

interface Call {
  headers: Record<string, string>;
}

/** A server that answers each connection with the next scripted body, then ends it. */
function scriptedServer(bodies: (string[] | number)[]) {
  const calls: Call[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    calls.push({ headers: { ...(init.headers as Record<string, string>) } });
    const body = bodies.shift();
    if (body === undefined) {
      // Hold the last connection open until the client aborts it.
      return new Response(
        new ReadableStream({
          start(controller) {
            init.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
          },
        }),
        { status: 200 },
      );
    }
    if (typeof body === 'number') return new Response(null, { status: body });
    const encoder = new TextEncoder();
    return new Response(
      new ReadableStream({
        start(controller) {
          for (const chunk of body) controller.enqueue(encoder.encode(chunk));
          controller.close();
        },
      }),
      { status: 200, headers: { 'content-type': 'text/event-stream' } },
    );
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function collect(server: ReturnType<typeof scriptedServer>, lastEventId?: string) {
  const messages: SseMessage[] = [];
  const states: ConnectionState[] = [];
  const waits: number[] = [];
  const connection = connectSse({
    url: '/v1/changes/stream',
    fetch: server.fetch,
    lastEventId,
    onMessage: (message) => messages.push(message),
    onState: (state) => states.push(state),
    sleep: async (ms) => {
      waits.push(ms);
    },
    initialRetryMs: 100,
    maxRetryMs: 400,
  });
  return { connection, messages, states, waits };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 1));
  expect(condition()).toBe(true);
};

describe('connectSse', () => {
  it('parses events split across chunks, and skips heartbeat comments', async () => {
    const server = scriptedServer([
      [
        ': heartbeat\n\n',
        'id: 7\nevent: commitment-change\nda',
        'ta: {"a":1}\n\n',
        'data: plain\n\n',
      ],
    ]);
    const client = collect(server);
    await until(() => client.messages.length === 2);
    client.connection.close();
    expect(client.messages).toEqual([
      { id: '7', event: 'commitment-change', data: '{"a":1}' },
      { id: undefined, event: 'message', data: 'plain' },
    ]);
  });

  it('reconnects after the stream ends and resumes from the last id it saw', async () => {
    const server = scriptedServer([
      ['id: 41\ndata: a\n\n', 'id: 42\ndata: b\n\n'],
      ['id: 43\ndata: c\n\n'],
    ]);
    const client = collect(server, '40');
    await until(() => client.messages.length === 3);
    expect(server.calls.map((call) => call.headers['Last-Event-ID'])).toEqual(['40', '42', '43']);
    expect(client.connection.lastEventId).toBe('43');
    client.connection.close();
    await until(() => client.states.at(-1) === 'closed');
    expect(client.states).toEqual([
      'connecting',
      'open',
      'reconnecting',
      'open',
      'reconnecting',
      'open',
      'closed',
    ]);
  });

  it('backs off exponentially while the server refuses, up to the cap', async () => {
    const server = scriptedServer([503, 503, 503, 503, ['id: 1\ndata: x\n\n']]);
    const client = collect(server);
    await until(() => client.messages.length === 1);
    client.connection.close();
    expect(client.waits.slice(0, 5)).toEqual([100, 200, 400, 400, 100]);
    expect(server.calls[0]?.headers['Last-Event-ID']).toBeUndefined();
  });

  it('waits as long as the server asks with a retry field', async () => {
    const server = scriptedServer([['retry: 2500\n\n']]);
    const client = collect(server);
    await until(() => client.waits.length >= 1);
    client.connection.close();
    expect(client.waits[0]).toBe(2500);
  });

  it('stops for good when the server answers 204', async () => {
    const server = scriptedServer([204]);
    const client = collect(server);
    await until(() => client.states.at(-1) === 'closed');
    expect(server.calls).toHaveLength(1);
  });
});
