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
    expect(change!.id).toMatch(/^\d+$/);
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
    const ids = all.map((message) => Number(message.id));
    expect(ids).toEqual(ids.map((_, n) => n + 1));
    const resumed = changes(
      await collect('/v1/changes/stream', (m) => changes(m).length >= all.length - 1, {
        'last-event-id': '1',
      }),
    );
    expect(resumed.map((message) => Number(message.id))).toEqual(ids.slice(1));
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
    expect((await fetch(`${app.url}/v1/changes/stream?kind=planet`)).status).toBe(400);
  });
});
