import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { toCommitmentChangeEvent, type CommitmentChangeEvent } from '@cleannet/client';
import type {} from '@cleannet/testkit/kafka-global-setup';
import { createKafka, uniqueTopic } from '@cleannet/testkit';
import type { Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const bin = join(
  dirname(createRequire(import.meta.url).resolve('@cleannet/client')),
  'cli',
  'bin.js',
);
const actors = ['BR', 'PL', 'SE', 'operator:vivo', 'IT'];
let producer: Producer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'client-subscriber-e2e-'));
  producer = createKafka('client-subscriber-e2e', inject('kafkaBrokers')).producer();
  await producer.connect();
});
afterAll(async () => {
  await producer.disconnect();
  await rm(dir, { recursive: true, force: true });
});

/** Change n: actors take turns; every other change is a reversal, i.e. a regression. */
function changeEvent(sequence: number): CommitmentChangeEvent {
  const actorId = actors[sequence % actors.length]!;
  const regression = sequence % 2 === 0;
  return toCommitmentChangeEvent(
    String(sequence),
    {
      actorId,
      effectiveOn: '2021-01-29',
      effectivePrecision: 'day',
      causeEventId: `cause-${sequence}`,
      causeType: regression ? 'CommitmentReversed' : 'PledgeMade',
      source: { document: 'client-subscriber-e2e.txt', confidence: 'high' },
      dimension: 'commitment',
      before: regression ? 'member' : 'none',
      after: regression ? 'reversed' : 'member',
      regression,
    },
    new Date().toISOString(),
  );
}

async function publish(from: number, to: number, topic: string): Promise<void> {
  for (let sequence = from; sequence <= to; sequence += 1) {
    const event = changeEvent(sequence);
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key: event.subject, value: JSON.stringify(event) }],
    });
  }
}

async function regressionIdsIn(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as CommitmentChangeEvent).id);
}

async function until(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the example subscriber (cleannet watch-regressions)', () => {
  it('killed mid-stream and restarted, misses no regression; repeats carry the same id', async () => {
    const topic = uniqueTopic('client-e2e-changes');
    const admin = createKafka('client-subscriber-e2e-admin', inject('kafkaBrokers')).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    const out = join(dir, 'regressions.jsonl');
    const start = (): ChildProcess =>
      spawn(
        process.execPath,
        [
          bin,
          'watch-regressions',
          '--brokers',
          inject('kafkaBrokers').join(','),
          '--topic',
          topic,
          '--group',
          `${topic}.group`,
          '--out',
          out,
          '--session-timeout',
          '6000',
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );

    let subscriber = start();
    // Changes keep coming while the subscriber runs, is killed and is down.
    const streaming = publish(1, 120, topic);
    await until(async () => (await regressionIdsIn(out)).length >= 5);
    subscriber.kill('SIGKILL');
    await once(subscriber, 'exit');
    const seenBeforeKill = (await regressionIdsIn(out)).length;
    await streaming;
    await publish(121, 140, topic);

    subscriber = start();
    const expected = Array.from({ length: 70 }, (_, n) => String(2 * (n + 1)));
    try {
      await until(async () => new Set(await regressionIdsIn(out)).size >= expected.length, 90_000);
    } finally {
      subscriber.kill('SIGTERM');
      await once(subscriber, 'exit');
    }

    const ids = await regressionIdsIn(out);
    expect(seenBeforeKill).toBeLessThan(expected.length);
    expect([...new Set(ids)].sort()).toEqual([...expected].sort());
    // Duplicates are allowed (at least once); a repeat is the same CloudEvent, so its id detects it.
    const lines = (await readFile(out, 'utf8')).split('\n').filter(Boolean);
    const firstCopy = new Map<string, string>();
    for (const line of lines) {
      const id = (JSON.parse(line) as CommitmentChangeEvent).id;
      if (firstCopy.has(id)) expect(line).toBe(firstCopy.get(id));
      else firstCopy.set(id, line);
    }
  });
});
