import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueTopic } from '@cleannet/testkit';
import { startAppenders, waitFor, type AppendOutcome } from './support/appenders.js';
import { pledge } from './support/events.js';
import { isProblem, postJson, request } from './support/http.js';
import { listEvents } from './support/ledger-events.js';
import { LedgerService, TOKENS } from './support/ledger-service.js';
import { OwnBroker } from './support/own-broker.js';
import { replayedAnswers, servedAnswers } from './support/projection-check.js';
import { countIds, readKafkaLogRecords } from './support/stored-log.js';

/**
 * The broker goes away during appends and comes back, several times, with
 * one service process throughout (never restarted):
 * - writes answer 503 with Retry-After promptly (a problem document, no hang);
 * - reads keep serving the last caught-up state while /readyz reports 503
 *   (currently it does not: see the it.fails below and the bug report);
 * - once the broker is back the service is ready again on its own, and
 *   retrying the ids that got 503 is safe;
 * - at the end every acknowledged event is in the topic exactly once, and
 *   nothing refused is.
 * Runs on a broker of its own (support/own-broker.ts), never the shared one.
 * CI runs RELIABILITY_OUTAGE_CYCLES=2 by default for time; npm run soak runs 5.
 */

const CYCLES = Number(process.env.RELIABILITY_OUTAGE_CYCLES ?? 2);
/** The writer gives up on an append after 5 s (appendTimeoutMs); allow scheduling noise on top. */
const PROMPT_MS = 10_000;

let broker: OwnBroker;
let service: LedgerService;
const topic = uniqueTopic('reliability.outage');

beforeAll(async () => {
  broker = await OwnBroker.create();
  await broker.start();
  service = await LedgerService.start({
    env: {
      KAFKA_BROKERS: broker.address,
      LEDGER_KAFKA_TOPIC: topic,
      LEDGER_CHANGES_TOPIC: `${topic}.changes`,
      LEDGER_KAFKA_TRANSACTIONAL_ID: `${topic}.writer`,
      LEDGER_TOKENS: TOKENS,
      LEDGER_WRITE_RATE_LIMIT: '1000000',
      LEDGER_RETRY_AFTER_SECONDS: '2',
      LOG_LEVEL: 'error',
    },
  });
}, 300_000);

afterAll(async () => {
  await service?.stop();
  await broker?.destroy();
}, 120_000);

async function readyStatus(): Promise<number> {
  return (await request(`${service.url}/readyz`, { timeoutMs: 10_000 })).status;
}

/** What /readyz answered in each outage once writes were failing (checked by the last test below). */
const readyDuringOutage: number[] = [];

/** Appends fresh events until one gets `status` (the outage noticed, or the recovery). */
async function appendAnswers(status: number, cycle: number, what: string): Promise<void> {
  let attempt = 0;
  await waitFor(
    async () => {
      attempt += 1;
      const id = `outage-${cycle}-${what}-${attempt}`;
      const answer = await postJson(service.url, '/v1/events', pledge(`operator:${id}`, id));
      return answer.status === status;
    },
    120_000,
    `an append answering ${status} (${what})`,
  );
}

describe('broker outage', () => {
  it(
    `${CYCLES} outages: 503 + Retry-After, reads served, recovery without restart, nothing acknowledged lost`,
    { timeout: 1_200_000 },
    async () => {
      const pid = service.pid;
      const outcomes: AppendOutcome[] = [];
      const retried: string[] = [];

      for (let cycle = 0; cycle < CYCLES; cycle += 1) {
        const appenders = startAppenders(service.url, { clients: 5, prefix: `outage-${cycle}` });
        await waitFor(() => appenders.acknowledged() >= 20, 60_000, 'appends before the outage');

        await broker.stop(); // while the clients keep appending
        await appendAnswers(503, cycle, 'outage-detected');
        // Give the readiness check the time the writer took to notice, then record it.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        readyDuringOutage.push(await readyStatus());

        // Writes: 503, Retry-After, promptly.
        for (let probe = 0; probe < 3; probe += 1) {
          const id = `outage-${cycle}-probe-${probe}`;
          const event = pledge(`operator:${id}`, id);
          const answer = await postJson(service.url, '/v1/events', event, undefined, 30_000);
          expect(answer.status, answer.body).toBe(503);
          expect(isProblem(answer)).toBe(true);
          expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
          expect(answer.ms).toBeLessThan(PROMPT_MS);
          outcomes.push({ id, doomed: false, status: 503, event });
        }

        // Reads: served from what was caught up, and unchanged while the broker is away.
        const listed = await listEvents(service.url);
        const during = await servedAnswers(service.url);
        expect(during).toEqual(
          replayedAnswers(listed.map(({ position, ...event }) => ({ position, event }))),
        );
        outcomes.push(...(await appenders.stop()));
        const listedIds = new Set(listed.map((event) => event.id));
        for (const { id, status } of outcomes) {
          if (status === 201) expect(listedIds.has(id), `acknowledged ${id} is served`).toBe(true);
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(await servedAnswers(service.url)).toEqual(during);

        // Back: appends work and /readyz is 200 again without a restart.
        await broker.start();
        await appendAnswers(201, cycle, 'recovered');
        await waitFor(async () => (await readyStatus()) === 200, 60_000, '/readyz to recover');
        expect(service.pid).toBe(pid);
        expect(service.running).toBe(true);
        // Retrying what got 503 is safe: the same event again is stored once, a refused one stays refused.
        for (const outcome of outcomes.filter((o) => o.status === 503 && !retried.includes(o.id))) {
          const answer = await postJson(service.url, '/v1/events', outcome.event);
          expect(answer.status, answer.body).toBe(outcome.doomed ? 422 : 201);
          retried.push(outcome.id);
        }
      }

      const listedAtEnd = await listEvents(service.url);
      const servedAtEnd = await servedAnswers(service.url);
      await service.stop();
      const records = await readKafkaLogRecords([broker.address], topic);
      const counts = countIds(records);
      for (const [id, count] of counts) expect(count, `copies of ${id}`).toBe(1);
      for (const { id, status } of outcomes) {
        if (status === 201) expect(counts.get(id), `acknowledged ${id}`).toBe(1);
        else if (status !== 503 && status !== 'unknown')
          expect(counts.has(id), `refused ${id}`).toBe(false);
      }
      for (const outcome of outcomes) {
        if (retried.includes(outcome.id)) {
          expect(counts.get(outcome.id), `retried ${outcome.id}`).toBe(
            outcome.doomed ? undefined : 1,
          );
        }
      }
      expect(listedAtEnd.map((event) => event.id)).toEqual(records.map((r) => r.event.id));
      expect(servedAtEnd).toEqual(replayedAnswers(records));
      const acknowledged = outcomes.filter((o) => o.status === 201).length;
      const unavailable = outcomes.filter((o) => o.status === 503).length;
      console.log(
        `${CYCLES} outages: ${acknowledged} acknowledged, ${unavailable} answered 503 (all retried after recovery)`,
      );
    },
  );

  it('/readyz answers 503 while the Kafka broker is down and writes answer 503', () => {
    expect(readyDuringOutage.length).toBeGreaterThan(0);
    for (const status of readyDuringOutage) expect(status).toBe(503);
  });
});
