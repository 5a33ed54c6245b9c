import type {} from '@cleannet/testkit/kafka-global-setup';
import { createKafka, uniqueTopic } from '@cleannet/testkit';
import type { Admin, Consumer, KafkaMessage, Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CommitmentChangeEvent } from '../events/commitment-change-event.js';
import { changeEvents, publishChanges } from '../testing/changes.js';
import { DEAD_LETTER_HEADERS } from './dead-letter.js';
import type { DeliveryContext } from './handler.js';
import { subscribeKafka } from './kafka-subscription.js';

const kafka = () => createKafka('client-subscription-test', inject('kafkaBrokers'));
let admin: Admin;
let producer: Producer;
const readers: Consumer[] = [];

beforeAll(async () => {
  admin = kafka().admin();
  producer = kafka().producer();
  await Promise.all([admin.connect(), producer.connect()]);
});
afterAll(async () => {
  await Promise.all(readers.map((reader) => reader.disconnect()));
  await Promise.all([admin.disconnect(), producer.disconnect()]);
});

async function freshTopics(partitions = 3) {
  const topic = uniqueTopic('client-changes');
  await admin.createTopics({
    topics: [
      { topic, numPartitions: partitions },
      { topic: `${topic}.dlq`, numPartitions: 1 },
    ],
    waitForLeaders: true,
  });
  return topic;
}

/** Reads `count` messages of a topic from the beginning. */
async function readAll(topic: string, count: number): Promise<KafkaMessage[]> {
  const reader = kafka().consumer({ groupId: uniqueTopic('client-reader') });
  readers.push(reader);
  const messages: KafkaMessage[] = [];
  await reader.connect();
  await reader.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve) => {
    void reader.run({
      eachMessage: async ({ message }) => {
        messages.push(message);
        if (messages.length >= count) resolve();
      },
    });
  });
  return messages;
}

function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) resolve();
      else if (Date.now() > deadline) reject(new Error('timed out waiting'));
      else setTimeout(check, 20);
    };
    check();
  });
}

describe('subscribeKafka', () => {
  it('delivers every change, in order per actor, and a restarted group resumes after the last commit', async () => {
    const topic = await freshTopics();
    const groupId = uniqueTopic('client-group');
    await publishChanges(producer, topic, changeEvents(1, 12));
    const seen: CommitmentChangeEvent[] = [];
    const first = await subscribeKafka({
      brokers: inject('kafkaBrokers'),
      groupId,
      topic,
      handler: (event) => void seen.push(event),
    });
    // At least once: a rebalance while joining may repeat a change; its id tells.
    const firstSightings = () => [...new Map(seen.map((event) => [event.id, event])).values()];
    await until(() => firstSightings().length === 12);
    await first.stop();
    await first.closed;

    for (const actor of ['BR', 'PL', 'SE']) {
      const sequences = firstSightings()
        .filter((event) => event.subject === actor)
        .map((event) => Number(event.id));
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    }

    await publishChanges(producer, topic, changeEvents(13, 3));
    const later: string[] = [];
    const second = await subscribeKafka({
      brokers: inject('kafkaBrokers'),
      groupId,
      topic,
      handler: (event) => void later.push(event.id),
    });
    await until(() => new Set(later).size === 3);
    await second.stop();
    expect([...new Set(later)].sort()).toEqual(['13', '14', '15']);
  });

  it('retries a failing change with backoff, then dead-letters it with its coordinates and moves on', async () => {
    const topic = await freshTopics(1);
    await publishChanges(producer, topic, changeEvents(1, 3));
    const attempts: DeliveryContext[] = [];
    const handled: string[] = [];
    const letters: string[] = [];
    const subscription = await subscribeKafka({
      brokers: inject('kafkaBrokers'),
      groupId: uniqueTopic('client-group'),
      topic,
      retry: { attempts: 3, backoff: { initialMs: 10, maxMs: 20 } },
      onDeadLetter: (letter) => letters.push(letter.offset),
      handler: (event, context) => {
        if (event.id === '2') {
          attempts.push(context);
          throw new Error('webhook down');
        }
        handled.push(event.id);
      },
    });
    await until(() => handled.length === 2);
    await subscription.stop();

    expect(handled).toEqual(['1', '3']);
    expect(attempts.map((context) => context.attempt)).toEqual([1, 2, 3]);
    expect(letters).toEqual(['1']);
    const [dead] = await readAll(`${topic}.dlq`, 1);
    const header = (name: string) => dead!.headers?.[name]?.toString();
    expect(JSON.parse(dead!.value!.toString()).id).toBe('2');
    expect(dead!.key?.toString()).toBe('SE');
    expect(header(DEAD_LETTER_HEADERS.error)).toBe('Error: webhook down');
    expect(header(DEAD_LETTER_HEADERS.reason)).toBe('handler-failed');
    expect(header(DEAD_LETTER_HEADERS.topic)).toBe(topic);
    expect(header(DEAD_LETTER_HEADERS.partition)).toBe('0');
    expect(header(DEAD_LETTER_HEADERS.offset)).toBe('1');
    expect(header(DEAD_LETTER_HEADERS.attempts)).toBe('3');
  });

  it('dead-letters a message that is not a commitment-change CloudEvent without calling the handler', async () => {
    const topic = await freshTopics(1);
    await producer.send({ topic, messages: [{ key: 'BR', value: '{"not":"a change"}' }] });
    await publishChanges(producer, topic, changeEvents(1, 1));
    const handled: string[] = [];
    const subscription = await subscribeKafka({
      brokers: inject('kafkaBrokers'),
      groupId: uniqueTopic('client-group'),
      topic,
      handler: (event) => void handled.push(event.id),
    });
    await until(() => handled.length === 1);
    await subscription.stop();
    const [dead] = await readAll(`${topic}.dlq`, 1);
    expect(dead!.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toBe('invalid');
    expect(handled).toEqual(['1']);
  });

  it('filters by actor, kind and regressions only', async () => {
    const topic = await freshTopics();
    await publishChanges(producer, topic, changeEvents(1, 12));
    const handled: CommitmentChangeEvent[] = [];
    const subscription = await subscribeKafka({
      brokers: inject('kafkaBrokers'),
      groupId: uniqueTopic('client-group'),
      topic,
      filter: { actors: ['BR', 'SE'], kinds: ['country'], regressionsOnly: true },
      handler: (event) => void handled.push(event),
    });
    // changeEvents: sequence % 3 picks the actor (0 BR, 1 PL, 2 SE) and 0 is a reversal.
    await until(() => handled.length === 4);
    await subscription.stop();
    expect(handled.map((event) => event.id).sort()).toEqual(['3', '6', '9', '12'].sort());
    expect(handled.every((event) => event.data.regression && event.subject === 'BR')).toBe(true);
  });
});
