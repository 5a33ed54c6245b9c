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

function setup() {
  const stream = fakeStream();
  const frames: (() => void)[] = [];
  const schedule: FrameScheduler = (callback) => frames.push(callback);
  const batches: CommitmentChange[][] = [];
  const feed = createLiveFeed({
    url: '/v1/changes/stream',
    onChanges: (changes) => batches.push(changes),
    keep: 3,
    schedule,
    connect: (options) => stream.connect(options),
    now: () => 0,
  });
  const paint = () => frames.splice(0).forEach((callback) => callback());
  return { feed, stream, batches, paint };
}

it('hands a burst of changes over once per frame, newest first in the feed', () => {
  const { feed, stream, batches, paint } = setup();
  stream.send('1', change('PL', '2020-03-10', 'none', 'member'));
  stream.send('2', change('BR', '2020-11-10', 'none', 'member'));
  expect(batches).toHaveLength(0);
  paint();
  expect(batches.map((batch) => batch.map((item) => item.actorId))).toEqual([['PL', 'BR']]);
  expect(feed.items.map((item) => item.id)).toEqual(['2', '1']);
  expect(feed.lastEventId).toBe('2');
});

it('keeps only the newest items and ignores other event kinds', () => {
  const { feed, stream, paint } = setup();
  for (const id of ['1', '2', '3', '4'])
    stream.send(id, change('PL', '2020-03-10', 'none', 'member'));
  stream.send('5', change('PL', '2020-03-10', 'none', 'member'), 'heartbeat');
  paint();
  expect(feed.items.map((item) => item.id)).toEqual(['4', '3', '2']);
});

it('closes the stream on pause and resumes from the last id seen', () => {
  const { feed, stream, paint } = setup();
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
