import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pledge } from './support/events.js';
import {
  hostileBatch,
  hostileSingle,
  invalidUtf8InValidEvent,
  type HostileRequest,
} from './support/hostile-payloads.js';
import { isProblem, mapBounded, postJson, request, type Answer } from './support/http.js';
import { RECORDER_TOKEN } from './support/ledger-service.js';
import { fileLogUnderTest, kafkaLogUnderTest } from './support/log-under-test.js';
import { startHostileTarget, type HostileTarget } from './support/hostile-target.js';

/**
 * Property-based fuzzing of the write routes (fast-check, fixed seeds so a
 * failure replays): every hostile payload gets a 4xx problem document, never
 * a 5xx; the log does not change (by a byte on the file log, by an offset
 * on Kafka); the process stays up. Both logs: the full count on the file
 * log, a smaller one on Kafka (RELIABILITY_KAFKA_HOSTILE_PAYLOADS, default
 * 2,000) to keep CI time reasonable, since every payload is the same
 * service code path and only the log behind it differs.
 */

const FILE_PAYLOADS = { single: 6_000, batch: 4_000 };
const KAFKA_TOTAL = Number(process.env.RELIABILITY_KAFKA_HOSTILE_PAYLOADS ?? 2_000);
const KAFKA_PAYLOADS = {
  single: Math.round(KAFKA_TOTAL * 0.6),
  batch: KAFKA_TOTAL - Math.round(KAFKA_TOTAL * 0.6),
};
const CONCURRENCY = 16;
const BODY_LIMIT = 1_048_576;

describe.each([
  { logName: 'file log', payloads: FILE_PAYLOADS, open: () => fileLogUnderTest('hostile') },
  {
    logName: 'Kafka',
    payloads: KAFKA_PAYLOADS,
    open: () => kafkaLogUnderTest('hostile', inject('kafkaBrokers')),
  },
])('on the $logName', ({ payloads, open }) => {
  let target: HostileTarget;

  beforeAll(async () => {
    target = await startHostileTarget(open(), BODY_LIMIT);
  }, 120_000);

  afterAll(async () => {
    await target?.stop();
  });

  function send(hostile: HostileRequest): Promise<Answer> {
    return request(`${target.service.url}${hostile.route}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${RECORDER_TOKEN}`,
        ...(hostile.contentType === undefined ? {} : { 'content-type': hostile.contentType }),
      },
      body: hostile.body,
    });
  }

  interface Offence {
    kind: string;
    status: number;
    body: string;
  }

  async function fuzz(requests: HostileRequest[]): Promise<Offence[]> {
    const offences: Offence[] = [];
    await mapBounded(requests, CONCURRENCY, async (hostile) => {
      const answer = await send(hostile);
      const ok = answer.status >= 400 && answer.status < 500 && answer.status !== 429;
      if (!ok || !isProblem(answer)) {
        offences.push({
          kind: hostile.kind,
          status: answer.status,
          body: answer.body.slice(0, 300),
        });
      }
    });
    return offences;
  }

  describe('hostile payloads on the write routes', () => {
    it(
      `POST /v1/events: ${payloads.single} generated payloads get only 4xx problems`,
      { timeout: 240_000 },
      async () => {
        const requests = fc.sample(hostileSingle, { numRuns: payloads.single, seed: 20_201 });
        const offences = await fuzz(requests);
        expect(offences.slice(0, 5)).toEqual([]);
        await target.expectAliveAndUnchanged();
      },
    );

    it(
      `POST /v1/events/batch: ${payloads.batch} generated payloads get only 4xx problems`,
      { timeout: 240_000 },
      async () => {
        const requests = fc.sample(hostileBatch, { numRuns: payloads.batch, seed: 20_202 });
        const offences = await fuzz(requests);
        expect(offences.slice(0, 5)).toEqual([]);
        await target.expectAliveAndUnchanged();
      },
    );
  });

  describe('oversized bodies', () => {
    it('a JSON body over the limit is refused with 413', async () => {
      const event = { ...pledge('operator:big', 'big'), padding: 'x'.repeat(BODY_LIMIT) };
      const answer = await postJson(target.service.url, '/v1/events', event);
      expect(answer.status).toBe(413);
      expect(isProblem(answer)).toBe(true);
      await target.expectAliveAndUnchanged();
    });

    it('an oversized body that is not even JSON gets 413, not 400: the size is checked before parsing', async () => {
      const answer = await request(`${target.service.url}/v1/events/batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${RECORDER_TOKEN}`, 'content-type': 'application/json' },
        body: '{{{{'.repeat(BODY_LIMIT),
      });
      expect(answer.status).toBe(413);
      await target.expectAliveAndUnchanged();
    });

    it('a chunked body (no Content-Length) is cut off at the limit with 413', async () => {
      const chunk = new TextEncoder().encode('['.repeat(64 * 1024));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          // Stop after twice the limit: the service must have refused by then.
          if (sent > 2 * BODY_LIMIT) controller.close();
          else {
            sent += chunk.length;
            controller.enqueue(chunk);
          }
        },
      });
      const answer = await request(`${target.service.url}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${RECORDER_TOKEN}`, 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(answer.status).toBe(413);
      await target.expectAliveAndUnchanged();
    });
  });

  describe('invalid UTF-8', () => {
    it('refuses invalid UTF-8 inside a string of an otherwise valid event with 400, storing nothing', async () => {
      const requests = fc
        .sample(invalidUtf8InValidEvent, { numRuns: 20, seed: 20_203 })
        .map(({ bytes, kind }): HostileRequest => ({
          route: '/v1/events',
          contentType: 'application/json',
          body: bytes,
          kind,
        }));
      const offences = await fuzz(requests);
      expect(offences.slice(0, 3)).toEqual([]);
      await target.expectAliveAndUnchanged();
    });
  });
});
