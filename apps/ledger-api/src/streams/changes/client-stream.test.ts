import { Writable } from 'node:stream';
import type { Response } from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChangeFeed, type ChangeFeed } from './change-feed.js';
import { startClientStream, type ClientStreamEnd } from './client-stream.js';
import { createPagePacer } from './page-pacer.js';

/** A socket stand-in that takes what it is given only when the test says so. */
function slowClient() {
  const written: string[] = [];
  const pending: Array<() => void> = [];
  const socket = new Writable({
    highWaterMark: 1_024,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      written.push(chunk);
      pending.push(done);
    },
  });
  return {
    response: socket as unknown as Response,
    socket,
    /** What reached the client so far (its bytes). */
    text: () => written.join(''),
    /** The client reads everything sent so far. */
    read() {
      for (let done = pending.shift(); done; done = pending.shift()) done();
    },
  };
}

const turn = () => vi.advanceTimersByTimeAsync(0);

describe('one client stream', () => {
  let feed: ChangeFeed<string>;
  let ended: ClientStreamEnd[];
  beforeEach(() => {
    vi.useFakeTimers();
    feed = createChangeFeed((change: string) => change);
    feed.append(
      0,
      Array.from({ length: 1_000 }, (_, n) => `change-${n}`.padEnd(100, '.')),
    );
    ended = [];
  });
  afterEach(() => vi.useRealTimers());

  const start = (
    client: ReturnType<typeof slowClient>,
    stallTimeoutMs = 5_000,
    catchUpBytes = 1_000_000,
  ) =>
    startClientStream({
      response: client.response,
      feed,
      next: 0,
      matches: () => true,
      messageOf: (entry) => `id: ${entry.id}\ndata: ${entry.change}\n\n`,
      limits: { bufferBytes: 4_096, stallTimeoutMs, heartbeatMs: 60_000, catchUpBytes },
      pacer: createPagePacer(64 * 1024),
      onEnd: (reason) => ended.push(reason),
    });

  it('holds at most one page for a client that does not read, not the backlog', async () => {
    // Given a backlog of about 150 KB and a client that takes nothing
    const client = slowClient();
    start(client);

    // When the loop has turned many times
    for (let n = 0; n < 50; n += 1) await turn();

    // Then one page went out and nothing more waits for it
    expect(client.text().length).toBeLessThanOrEqual(4_096 + 200);
    expect(client.socket.writableLength).toBeLessThanOrEqual(4_096 + 200);
  });

  it('sends the rest, in order and once, as the client reads', async () => {
    const client = slowClient();
    start(client);
    for (let n = 0; n < 200 && (client.text().match(/^id: /gm)?.length ?? 0) < 1_000; n += 1) {
      client.read();
      await turn();
    }
    const ids = client.text().match(/^id: (.*)$/gm)!;
    expect(ids).toEqual(feed.since(0).map((entry) => `id: ${entry.id}`));
    expect(ended).toEqual([]);
  });

  it('closes a client that stays full for the stall timeout, and one that reads stays open', async () => {
    const stalled = slowClient();
    start(stalled, 1_000);
    await turn();
    await vi.advanceTimersByTimeAsync(999);
    expect(ended).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(ended).toEqual(['stalled']);
    expect(stalled.socket.destroyed).toBe(true);

    const reading = slowClient();
    start(reading, 1_000);
    for (let n = 0; n < 10; n += 1) {
      await vi.advanceTimersByTimeAsync(500);
      reading.read();
    }
    expect(ended).toEqual(['stalled']);
  });

  it('ends a connection after a part of the backlog, and the next one continues after it', async () => {
    // Given a backlog of about 100 KB, and parts of 20 KB per connection
    const first = slowClient();
    start(first, 5_000, 20_000);
    for (let n = 0; n < 50 && ended.length === 0; n += 1) {
      first.read();
      await turn();
    }

    // Then the first connection ended after about 20 KB, asking to come back soon
    expect(ended).toEqual(['caught-up-part']);
    first.read();
    await turn();
    const sent = first.text();
    expect(sent.length).toBeGreaterThanOrEqual(20_000);
    expect(sent.length).toBeLessThan(20_000 + 4_096 + 200);
    expect(sent.endsWith('retry: 100\n\n')).toBe(true);
    const lastId = [...sent.matchAll(/^id: (.*)$/gm)].at(-1)![1]!;
    const resumeAt = feed.since(0).findIndex((entry) => entry.id === lastId) + 1;
    expect(resumeAt).toBeGreaterThan(0);
  });

  it('delivers a live change once the client is caught up', async () => {
    const client = slowClient();
    start(client);
    for (let n = 0; n < 200; n += 1) {
      client.read();
      await turn();
    }
    feed.append(1, ['live']);
    await turn();
    client.read();
    expect(client.text().endsWith('data: live\n\n')).toBe(true);
  });
});
