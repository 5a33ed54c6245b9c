import { expect, it } from 'vitest';
import type { CommitmentChange } from '../api/types.ts';
import { change } from '../../testing/fixtures.ts';
import type { FrameScheduler } from './frameBatcher.ts';
import { createLiveFeed } from './liveFeed.svelte.ts';
import type { SseOptions } from './sseClient.ts';

/** A stand-in for the SSE connection that the test drives by hand. */
function fakeStream() {
  const connections: { options: SseOptions; closed: boolean }[] = [];
  return {
    connections,
    connect(options: SseOptions) {
      const connection = { options, closed: false };
      connections.push(connection);
      options.onState?.('connecting');
      return {
        get lastEventId() {
          return undefined;
        },
        close() {
          connection.closed = true;
          options.onState?.('closed');
        },
      };
    },
    send(id: string, data: CommitmentChange, event = 'commitment-change') {
      connections.at(-1)?.options.onMessage({ id, event, data: JSON.stringify(data) });
    },
  };
}

function setup(head: () => Promise<string | undefined> = async () => '110.3.ab12') {
  const stream = fakeStream();
  let resyncs = 0;
  const frames: (() => void)[] = [];
  const schedule: FrameScheduler = (callback) => frames.push(callback);
  const batches: CommitmentChange[][] = [];
  const feed = createLiveFeed({
    url: '/v1/changes/stream',
    head,
    onChanges: (changes) => batches.push(changes),
    onResync: () => (resyncs += 1),
    keep: 3,
    retryMs: 1,
    schedule,
    connect: (options) => stream.connect(options),
    now: () => 0,
  });
  const paint = () => frames.splice(0).forEach((callback) => callback());
  return { feed, stream, batches, paint, resyncs: () => resyncs };
}

/** Lets the head request answer. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

it('given the ledger has history, when the page opens, then the stream starts after its head', async () => {
  const { feed, stream } = setup();
  expect(stream.connections).toHaveLength(0);
  await settle();
  expect(stream.connections).toHaveLength(1);
  expect(stream.connections[0]?.options.lastEventId).toBe('110.3.ab12');
  expect(feed.items).toEqual([]);
});

it('given a release while the head is being read, then the head is read once', async () => {
  let asked = 0;
  const { feed, stream } = setup(async () => {
    asked += 1;
    return '3';
  });
  feed.release();
  feed.hold();
  feed.release();
  await settle();
  expect(asked).toBe(1);
  expect(stream.connections).toHaveLength(1);
});

it('given the head cannot be read, then it asks again instead of replaying the history', async () => {
  let asked = 0;
  const { stream } = setup(async () => {
    asked += 1;
    if (asked === 1) throw new Error('Failed to fetch');
    return '7';
  });
  await settle();
  await settle();
  expect(asked).toBe(2);
  expect(stream.connections.map((connection) => connection.options.lastEventId)).toEqual(['7']);
});

it('hands a burst of changes over once per frame, newest first in the feed', async () => {
  const { feed, stream, batches, paint } = setup();
  await settle();
  stream.send('1', change('PL', '2020-03-10', 'none', 'member'));
  stream.send('2', change('BR', '2020-11-10', 'none', 'member'));
  expect(batches).toHaveLength(0);
  paint();
  expect(batches.map((batch) => batch.map((item) => item.actorId))).toEqual([['PL', 'BR']]);
  expect(feed.items.map((item) => item.id)).toEqual(['2', '1']);
  expect(feed.lastEventId).toBe('2');
});

it('keeps only the newest items and ignores other event kinds', async () => {
  const { feed, stream, paint } = setup();
  await settle();
  for (const id of ['1', '2', '3', '4'])
    stream.send(id, change('PL', '2020-03-10', 'none', 'member'));
  stream.send('5', change('PL', '2020-03-10', 'none', 'member'), 'heartbeat');
  paint();
  expect(feed.items.map((item) => item.id)).toEqual(['4', '3', '2']);
});

it('closes the stream on pause and resumes from the last id seen', async () => {
  const { feed, stream, paint } = setup();
  await settle();
  stream.send('7', change('BR', '2021-12-31', 'member', 'reversed'));
  paint();
  feed.pause();
  expect(feed.status).toBe('paused');
  expect(stream.connections[0]?.closed).toBe(true);
  feed.resume();
  expect(stream.connections).toHaveLength(2);
  expect(stream.connections[1]?.options.lastEventId).toBe('7');
  expect(feed.status).toBe('connecting');
  feed.dispose();
  expect(stream.connections[1]?.closed).toBe(true);
});

it('given a view pinned to the past, then the feed is paused and says why, and resumes when released', async () => {
  const { feed, stream } = setup();
  await settle();
  feed.hold();
  expect(feed.status).toBe('paused');
  expect(feed.pausedBecause).toBe('pinned');
  expect(stream.connections[0]?.closed).toBe(true);
  feed.resume();
  expect(stream.connections).toHaveLength(1);
  feed.release();
  expect(stream.connections).toHaveLength(2);
  expect(stream.connections[1]?.options.lastEventId).toBe('110.3.ab12');
});

it('given a resync from the service, then it starts again from the head and asks for a refresh', async () => {
  let head = '5.0.aa';
  const { feed, stream, resyncs } = setup(async () => head);
  await settle();
  head = '9.1.bb';
  stream.connections[0]?.options.onMessage({ id: '', event: 'resync', data: '{}' });
  await settle();
  expect(resyncs()).toBe(1);
  expect(stream.connections[0]?.closed).toBe(true);
  expect(stream.connections[1]?.options.lastEventId).toBe('9.1.bb');
  expect(feed.items).toEqual([]);
});
