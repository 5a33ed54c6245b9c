import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge, reversal } from '../../testing/sample-events.js';
import { postJson, startTestApp, type TestApp } from '../../testing/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ LEDGER_SSE_HEARTBEAT_MS: '50' });
});
afterAll(async () => {
  await app.dispose();
});

interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

/** Opens the stream and collects parsed messages until `until` says stop. */
async function collect(
  path: string,
  until: (messages: SseMessage[]) => boolean,
  headers: Record<string, string> = {},
): Promise<SseMessage[]> {
  const controller = new AbortController();
  const response = await fetch(`${app.url}${path}`, { headers, signal: controller.signal });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const messages: SseMessage[] = [];
  let buffer = '';
  try {
    while (!until(messages)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message: SseMessage = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) message.comment = line.slice(1).trim();
          else {
            const colon = line.indexOf(':');
            const field = line.slice(0, colon) as keyof SseMessage;
            if (field === 'id' || field === 'event' || field === 'data')
              message[field] = line.slice(colon + 1).trim();
          }
        }
        messages.push(message);
      }
    }
  } finally {
    controller.abort();
  }
  return messages;
}

const changes = (messages: SseMessage[]) =>
  messages.filter((message) => message.event === 'commitment-change');

describe('GET /v1/changes/stream', () => {
  it('delivers a change caused by a new event, with an id, and heartbeats', async () => {
    const streaming = collect(
      '/v1/changes/stream',
      (messages) =>
        changes(messages).length >= 1 &&
        messages.some((message) => message.comment?.startsWith('heartbeat')),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await postJson(app, '/v1/events', pledge('CA', 'sse-ca'));
    const [change] = changes(await streaming);
    expect(change!.id).toMatch(/^\d+\.\d+\.[0-9a-f]{16}$/);
    expect(JSON.parse(change!.data!)).toMatchObject({
      actorId: 'CA',
      causeEventId: 'sse-ca',
      after: 'member',
    });
  });

  it('resumes after Last-Event-ID without gaps or repeats, and filters', async () => {
    await postJson(app, '/v1/events', pledge('MX', 'sse-mx'));
    await postJson(app, '/v1/events', reversal('MX', 'sse-mx-reversal'));
    const all = changes(
      await collect('/v1/changes/stream', (m) =>
        changes(m).some((c) => c.data?.includes('sse-mx-reversal')),
      ),
    );
    const ids = all.map((message) => message.id);
    expect(new Set(ids).size).toBe(ids.length);
    const resumed = changes(
      await collect('/v1/changes/stream', (m) => changes(m).length >= all.length - 1, {
        'last-event-id': ids[0]!,
      }),
    );
    expect(resumed.map((message) => message.id)).toEqual(ids.slice(1));
    const viaQuery = changes(
      await collect(`/v1/changes/stream?after=${ids.at(-2)!}`, (m) => changes(m).length >= 1),
    );
    expect(viaQuery.map((message) => message.id)).toEqual(ids.slice(-1));
    const regressions = changes(
      await collect(
        '/v1/changes/stream?regressionsOnly=true&actor=MX',
        (m) => changes(m).length >= 1,
      ),
    );
    expect(regressions.every((message) => JSON.parse(message.data!).regression === true)).toBe(
      true,
    );
    expect(JSON.parse(regressions[0]!.data!).causeEventId).toBe('sse-mx-reversal');
  });

  it('answers 400 for a malformed Last-Event-ID or filter', async () => {
    expect(
      (await fetch(`${app.url}/v1/changes/stream`, { headers: { 'last-event-id': 'abc' } })).status,
    ).toBe(400);
    expect((await fetch(`${app.url}/v1/changes/stream?after=1.2`)).status).toBe(400);
    expect((await fetch(`${app.url}/v1/changes/stream?kind=planet`)).status).toBe(400);
  });

  describe('an id this ledger cannot resume from', () => {
    const resyncThenAll = async (lastEventId: string) => {
      const total = Number(
        ((await (await fetch(`${app.url}/ops/state`)).json()) as { changes: number }).changes,
      );
      const messages = await collect('/v1/changes/stream', (m) => changes(m).length >= total, {
        'last-event-id': lastEventId,
      });
      const events = messages.filter((message) => message.event !== undefined);
      return { events, total };
    };

    it.each([
      ['from another ledger (same place, other history)', 'unknown-change'],
      ['beyond the head', 'ahead-of-ledger'],
      ['a bare number (the old form, e.g. 99999999)', 'unverifiable-id'],
    ])('%s: the stream says resync, then sends every change from the first', async (_, reason) => {
      const first = changes(await collect('/v1/changes/stream', (m) => changes(m).length >= 1))[0]!;
      const [position, index] = first.id!.split('.');
      const lastEventId = {
        'unknown-change': `${position}.${index}.0123456789abcdef`,
        'ahead-of-ledger': `99999999.0.0123456789abcdef`,
        'unverifiable-id': '99999999',
      }[reason]!;
      const { events, total } = await resyncThenAll(lastEventId);
      expect(events[0]).toMatchObject({ event: 'resync', id: '' });
      expect(JSON.parse(events[0]!.data!)).toMatchObject({ reason, lastEventId });
      expect(changes(events)).toHaveLength(total);
      expect(changes(events)[0]!.id).toBe(first.id);
    });
  });
});

describe('stream caps', () => {
  let capped: TestApp;
  beforeAll(async () => {
    capped = await startTestApp({
      LEDGER_SSE_MAX_STREAMS: '3',
      LEDGER_SSE_MAX_STREAMS_PER_CLIENT: '2',
      LEDGER_RETRY_AFTER_SECONDS: '7',
    });
  });
  afterAll(async () => {
    await capped.dispose();
  });

  /** Opens a stream from a given local address (127.0.0.x are all this host). */
  const open = (localAddress: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string; close(): void }>(
      (resolve, reject) => {
        const url = new URL(`${capped.url}/v1/changes/stream`);
        const request = httpGet(
          { host: url.hostname, port: url.port, path: url.pathname, localAddress },
          (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (body += chunk));
            const settle = () =>
              resolve({
                status: response.statusCode!,
                headers: response.headers,
                body,
                close: () => request.destroy(),
              });
            if (response.statusCode === 200) settle();
            else response.on('end', settle);
          },
        );
        request.on('error', reject);
      },
    );

  it('refuses a stream beyond the per-address cap with 429 and beyond the total with 503', async () => {
    const opened = [await open('127.0.0.1'), await open('127.0.0.1')];
    expect(opened.map((stream) => stream.status)).toEqual([200, 200]);

    const third = await open('127.0.0.1');
    expect(third.status).toBe(429);
    expect(third.headers['retry-after']).toBe('7');
    expect(JSON.parse(third.body)).toMatchObject({ status: 429 });

    opened.push(await open('127.0.0.2'));
    expect(opened[2]!.status).toBe(200);
    const beyond = await open('127.0.0.3');
    expect(beyond.status).toBe(503);
    expect(beyond.headers['retry-after']).toBe('7');
    expect(beyond.headers['content-type']).toMatch(/^application\/problem\+json/);

    // A closed stream frees its place.
    opened[0]!.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await open('127.0.0.3');
    expect(again.status).toBe(200);
    for (const stream of [...opened, again]) stream.close();
  });
});
