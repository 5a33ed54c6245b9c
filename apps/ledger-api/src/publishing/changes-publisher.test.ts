import type { CommitmentChange } from '@cleannet/domain';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import { createChangeFeed, type ChangeFeed } from '../streams/changes/change-feed.js';
import { commitmentChangeIdentity } from '../streams/changes/change-id.js';
import {
  createChangesPublisher,
  publishedCount,
  type ChangesPublisher,
} from './changes-publisher.js';
import { changeIdOf } from './commitment-change-event.js';

const topic = 'changes';
const quiet = { warn: () => undefined, info: () => undefined } as unknown as Logger;

function change(actorId: string): CommitmentChange {
  return {
    actorId,
    effectiveOn: '2021-01-29',
    effectivePrecision: 'day',
    causeEventId: `pledge-${actorId}`,
    causeType: 'PledgeMade',
    source: { document: 'source.txt', confidence: 'medium' },
    dimension: 'commitment',
    before: 'none',
    after: 'member',
    regression: false,
  };
}

/** A broker with an empty changes topic that records every produce request's change ids. */
function fakeKafka(requests: string[][]): Kafka {
  const admin = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    listTopics: async () => [topic],
    fetchTopicOffsets: async () => [{ partition: 0, high: '0', low: '0' }],
  };
  const producer = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    send: async ({ messages }: { messages: { value: string }[] }) => {
      requests.push(messages.map((m) => changeIdOf(m.value)!));
      return [];
    },
  };
  return { admin: () => admin, producer: () => producer } as unknown as Kafka;
}

describe('the changes publisher', () => {
  let requests: string[][];
  let feed: ChangeFeed<CommitmentChange>;
  let publisher: ChangesPublisher;
  let position = 0;
  /** Appends the changes of one more event. */
  const derive = (changes: CommitmentChange[]) => feed.append(position++, changes);
  /** The ids of the feed's changes `from` up to (excluding) `to`. */
  const ids = (from: number, to: number) =>
    feed
      .since(from)
      .slice(0, to - from)
      .map((e) => e.id);

  beforeEach(async () => {
    vi.useFakeTimers();
    requests = [];
    feed = createChangeFeed(commitmentChangeIdentity);
    publisher = createChangesPublisher({
      kafka: fakeKafka(requests),
      topic,
      feed,
      recordedAtOf: () => '2026-11-22T12:00:00.000Z',
      metrics: createLedgerMetrics(),
      logger: quiet,
      retryIntervalMs: 60_000,
      lingerMs: 20,
    });
    await publisher.start();
  });

  afterEach(async () => {
    await publisher.close();
    vi.useRealTimers();
  });

  it('sends the changes derived within its linger window in one produce request, in order', async () => {
    // Given changes derived a few milliseconds apart (sequential POSTs)
    derive([change('BR')]);
    await vi.advanceTimersByTimeAsync(5);
    derive([change('JP'), change('KR')]);
    await vi.advanceTimersByTimeAsync(5);
    derive([change('NZ')]);

    // When less than the window has passed, nothing has been sent yet
    await vi.advanceTimersByTimeAsync(5);
    expect(requests).toEqual([]);
    expect(publisher.lag).toBe(4);

    // Then, once it has, one request carries all of them in feed order
    await vi.advanceTimersByTimeAsync(10);
    expect(requests).toEqual([ids(0, 4)]);
    expect(publisher.lag).toBe(0);

    // And the next change opens a new window
    derive([change('US')]);
    await vi.advanceTimersByTimeAsync(20);
    expect(requests).toEqual([ids(0, 4), ids(4, 5)]);
  });

  it('sends a full request at once, without waiting for the window', async () => {
    // Given as many changes as one request holds, derived at once (a batch of events)
    derive(Array.from({ length: 500 }, (_, i) => change(`A${i}`)));

    // When the event loop turns, before the window has passed
    await vi.advanceTimersByTimeAsync(0);

    // Then they have been sent
    expect(requests.map((r) => r.length)).toEqual([500]);
    expect(publisher.lag).toBe(0);
  });

  it('sends what is still waiting when it closes', async () => {
    // Given a change inside its window
    derive([change('BR')]);

    // When the publisher closes
    await publisher.close();

    // Then the change was sent
    expect(requests).toEqual([ids(0, 1)]);
  });
});

describe('where publishing resumes', () => {
  const feed = createChangeFeed(commitmentChangeIdentity);
  feed.append(3, [change('BR'), change('PL')]);
  feed.append(7, [change('SE')]);
  const [br, pl] = feed.since(0).map((entry) => entry.id);

  it('continues after the last change the topic holds, and from the start on an empty topic', () => {
    expect(publishedCount([], feed)).toBe(0);
    expect(publishedCount([br!], feed)).toBe(1);
    expect(publishedCount([br!, pl!], feed)).toBe(2);
  });

  it('reads a plain number as the count published before change ids carried their history', () => {
    expect(publishedCount(['2'], feed)).toBe(2);
  });

  it('refuses a topic that ends with a change this ledger did not derive', () => {
    const other = createChangeFeed(commitmentChangeIdentity);
    other.append(3, [change('JP')]);
    expect(() => publishedCount([other.lastId!], feed)).toThrow(/did not derive/);
    expect(() => publishedCount(['4'], feed)).toThrow(/did not derive/);
  });
});
