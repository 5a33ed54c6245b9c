import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceData } from '@cleannet/dataset';
import type { CommitmentChange, LedgerEvent } from '@cleannet/domain';
import { createLedgerIndex } from '@cleannet/ledger-index';
import { spawnLedgerServer, type SpawnedLedgerServer } from '@cleannet/ledger-api/harness';
import { projectionStateHash } from '@cleannet/ledger-api/state-hash';
import { createKafka, uniqueTopic } from '@cleannet/testkit';
import type {} from '@cleannet/testkit/kafka-global-setup';
import type { Admin, Kafka, KafkaMessage } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The service on Kafka, as a real process: a POSTed event reaches the SSE
 * stream and the changes topic; restarts (graceful, and a kill -9 right after
 * a 201) neither duplicate nor lose anything in either topic; and what the
 * service serves equals a fresh replay of the ledger topic.
 */

const TOKEN = 'e2e-recorder-token-0123456789';
const ledgerTopic = uniqueTopic('api-e2e.ledger');
const changesTopic = uniqueTopic('api-e2e.changes');

let kafka: Kafka;
let admin: Admin;
let dataDir: string;
let server: SpawnedLedgerServer | undefined;

function start(env: Record<string, string> = {}): Promise<SpawnedLedgerServer> {
  return spawnLedgerServer(
    {
      ...env,
      KAFKA_BROKERS: inject('kafkaBrokers').join(','),
      LEDGER_KAFKA_TOPIC: ledgerTopic,
      LEDGER_CHANGES_TOPIC: changesTopic,
      LEDGER_KAFKA_TRANSACTIONAL_ID: `${ledgerTopic}.writer`,
      LEDGER_TOKENS: `e2e:${TOKEN}=recorder`,
      LEDGER_DATA_DIR: dataDir,
      LEDGER_DASHBOARD_DIR: join(dataDir, 'no-dashboard'),
      LEDGER_CHANGES_RETRY_MS: '1000',
      LOG_LEVEL: 'warn',
    },
    { readyTimeoutMs: 180_000 },
  );
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'api-e2e-'));
  kafka = createKafka('api-e2e', inject('kafkaBrokers'));
  admin = kafka.admin();
  await admin.connect();
});

afterAll(async () => {
  await server?.stop();
  await admin?.deleteTopics({ topics: [ledgerTopic, changesTopic] }).catch(() => undefined);
  await admin?.disconnect();
  await rm(dataDir, { recursive: true, force: true });
});

function pledge(subject: string, id: string) {
  return {
    id,
    type: 'PledgeMade',
    subject,
    effectiveAt: '2020-12-15',
    effectivePrecision: 'day',
    schemaVersion: 1,
    source: { document: 'e2e.txt', confidence: 'medium' },
    data: { instrument: 'statement', programme: 'clean-network' },
  };
}

async function post(url: string, event: unknown): Promise<Response> {
  return fetch(`${url}/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
}

interface OpsState {
  events: number;
  changes: number;
  lastChangeId: string | null;
  stateHash: string;
}

async function opsState(url: string): Promise<OpsState> {
  return (await (await fetch(`${url}/ops/state`)).json()) as OpsState;
}

/** Every record of a topic up to its current end (read_committed: no aborted writes, no markers). */
async function readTopic(topic: string): Promise<KafkaMessage[]> {
  const ends = await admin.fetchTopicOffsets(topic);
  const end = new Map(ends.map((p) => [p.partition, Number(p.high)]));
  const progress = new Map(ends.map((p) => [p.partition, Number(p.low)]));
  const messages: KafkaMessage[] = [];
  const done = () => [...end].every(([partition, high]) => (progress.get(partition) ?? 0) >= high);
  if (done()) return messages;
  const consumer = kafka.consumer({ groupId: uniqueTopic('api-e2e.reader'), maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    let finished: () => void = () => undefined;
    const reachedEnd = new Promise<void>((resolve) => (finished = resolve));
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      progress.set(payload.partition, Number(payload.lastOffset) + 1);
      if (done()) finished();
    });
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        messages.push(message);
      },
    });
    await reachedEnd;
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

/** Reads SSE messages from the change stream until `until` returns true. */
async function readStream(
  url: string,
  until: (changes: Array<{ id: string; change: CommitmentChange }>) => boolean,
  afterSending: () => Promise<void>,
): Promise<Array<{ id: string; change: CommitmentChange }>> {
  const abort = new AbortController();
  const response = await fetch(`${url}/v1/changes/stream`, {
    headers: { 'last-event-id': (await opsState(url)).lastChangeId ?? '' },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const received: Array<{ id: string; change: CommitmentChange }> = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = response.body!.getReader();
  await afterSending();
  try {
    while (!until(received)) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the change stream ended');
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (id && data) received.push({ id, change: JSON.parse(data) });
      }
    }
    return received;
  } finally {
    abort.abort();
  }
}

/** A fresh index fed the ledger topic's records, as a new instance would replay them. */
function freshReplay(records: readonly KafkaMessage[]) {
  const index = createLedgerIndex(referenceData);
  const changes: CommitmentChange[] = [];
  for (const message of records) {
    const event = {
      ...(JSON.parse(message.value!.toString()) as object),
      recordedAt: new Date(Number(message.timestamp)).toISOString(),
    } as LedgerEvent;
    index.apply(event);
    changes.push(...index.changesFor(event));
  }
  return { hash: projectionStateHash(index, changes), changes };
}

/** Both topics hold exactly what the service derived: each event and each change once, in order. */
async function expectTopicsMatch(state: OpsState) {
  const ledger = await readTopic(ledgerTopic);
  const ids = ledger.map((message) => (JSON.parse(message.value!.toString()) as { id: string }).id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ledger).toHaveLength(state.events);

  const published = (await readTopic(changesTopic)).map((message) => ({
    key: message.key!.toString(),
    event: JSON.parse(message.value!.toString()) as {
      id: string;
      type: string;
      subject: string;
      data: CommitmentChange;
    },
  }));
  const changeIds = published.map(({ event }) => event.id);
  expect(changeIds).toHaveLength(state.changes);
  expect(new Set(changeIds).size).toBe(changeIds.length);
  expect(changeIds.at(-1) ?? null).toBe(state.lastChangeId);
  const replay = freshReplay(ledger);
  expect(replay.hash).toBe(state.stateHash);
  expect(published.map(({ event }) => event.data)).toEqual(replay.changes);
  for (const { key, event } of published) {
    expect(event.type).toBe('org.cleannet.commitment-change.v1');
    expect(key).toBe(event.data.actorId);
    expect(event.subject).toBe(event.data.actorId);
  }
  return { ledger, published };
}

/** The publisher works in the background: wait until it reports nothing pending. */
async function publisherCaughtUp(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const body = (await (await fetch(`${url}/readyz`)).json()) as {
      checks: Array<{ name: string; detail?: string }>;
    };
    const detail = body.checks.find((check) => check.name === 'changes-publisher')?.detail;
    if (detail?.includes(': 0 changes behind')) return;
    if (Date.now() > deadline) throw new Error(`publisher still behind: ${detail}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// Each step starts or restarts a real process that replays the topic: generous on a loaded machine.
describe('the ledger service on Kafka', { timeout: 240_000 }, () => {
  it('imports the dataset, and publishes every change it derives', async () => {
    server = await start();
    const state = await opsState(server.url);
    expect(state.events).toBeGreaterThan(50);
    expect(state.changes).toBeGreaterThan(50);
    await publisherCaughtUp(server.url);
    await expectTopicsMatch(state);
    expect(await (await fetch(`${server.url}/metrics`)).text()).toContain(
      'ledger_changes_publisher_lag 0',
    );
  });

  it('delivers a POSTed event to the SSE stream and the changes topic', async () => {
    const url = server!.url;
    const id = 'e2e-pledge-nz';
    const received = await readStream(
      url,
      (changes) => changes.some(({ change }) => change.causeEventId === id),
      async () => {
        const response = await post(url, pledge('NZ', id));
        expect(response.status).toBe(201);
      },
    );
    const streamed = received.find(({ change }) => change.causeEventId === id)!;
    expect(streamed.change).toMatchObject({ actorId: 'NZ', after: 'member', regression: false });

    await publisherCaughtUp(url);
    const { published } = await expectTopicsMatch(await opsState(url));
    const inTopic = published.find(({ event }) => event.id === streamed.id);
    expect(inTopic?.key).toBe('NZ');
    expect(inTopic?.event.data).toEqual(streamed.change);
  });

  it('restarts gracefully without importing, duplicating or losing anything', async () => {
    const before = await opsState(server!.url);
    expect(await server!.stop()).toBe('graceful');
    server = await start();
    const after = await opsState(server.url);
    expect(after).toEqual(before);
    await publisherCaughtUp(server.url);
    await expectTopicsMatch(after);
  });

  it('heals a crash right after a 201: the next start publishes what was missed, once', async () => {
    const crashing = server!;
    const ids = ['e2e-pledge-cl', 'e2e-pledge-uy'];
    for (const [position, subject] of ['CL', 'UY'].entries()) {
      const response = await post(crashing.url, pledge(subject, ids[position]!));
      expect(response.status).toBe(201);
    }
    const acknowledged = await opsState(crashing.url);
    await crashing.kill();

    server = await start();
    const after = await opsState(server.url);
    expect(after).toEqual(acknowledged);
    await publisherCaughtUp(server.url);
    const { ledger, published } = await expectTopicsMatch(after);
    const stored = ledger.map((message) => JSON.parse(message.value!.toString()) as { id: string });
    expect(stored.filter((event) => ids.includes(event.id))).toHaveLength(2);
    expect(published.filter(({ event }) => ids.includes(event.data.causeEventId))).toHaveLength(2);
  });

  it('publishes, once, the changes of events appended while nothing published them', async () => {
    await server!.stop();
    // An instance that does not publish stands in for a crash between append and publish.
    const silent = await start({ LEDGER_PUBLISH_CHANGES: 'false' });
    const id = 'e2e-pledge-py';
    expect((await post(silent.url, pledge('PY', id))).status).toBe(201);
    const appended = await opsState(silent.url);
    const unpublished = (await readTopic(changesTopic)).length;
    expect(unpublished).toBe(appended.changes - 1);
    await silent.kill();

    server = await start();
    expect(await opsState(server.url)).toEqual(appended);
    await publisherCaughtUp(server.url);
    const { published } = await expectTopicsMatch(appended);
    expect(published.filter(({ event }) => event.data.causeEventId === id)).toHaveLength(1);
  });
});
