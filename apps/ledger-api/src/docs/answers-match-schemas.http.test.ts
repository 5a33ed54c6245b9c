import {
  ActorTimelineSchema,
  CommitmentChangeSchema,
  ExposureSchema,
  MembershipSchema,
} from '@cleannet/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  StoredBatchSchema,
  StoredEnvelopeSchema,
} from '../commands/append-event/stored-envelope.schema.js';
import { LivenessSchema, ReadinessSchema } from '../ops/health/health.answer.js';
import { ProjectionStateSchema } from '../ops/state/state.answer.js';
import { ActorsAnswerSchema } from '../queries/actors/actors.answer.js';
import { EventsPageSchema } from '../queries/events/events.answer.js';
import { RegressionsAnswerSchema } from '../queries/regressions/regressions.answer.js';
import { TrendsAnswerSchema } from '../queries/trends/trends.answer.js';
import { pledge, reversal } from '../testing/sample-events.js';
import { postJson, startTestApp, type TestApp } from '../testing/test-app.js';
import { ProblemSchema } from '../problem-types/problem.schema.js';

let app: TestApp;

// The curated history fills every list, so every optional field the answers carry shows up.
beforeAll(async () => {
  app = await startTestApp({ LEDGER_IMPORT_DATASET: 'true' });
}, 60_000);
afterAll(async () => {
  await app.dispose();
});

async function answer(path: string): Promise<unknown> {
  const response = await fetch(`${app.url}${path}`);
  expect(response.status, path).toBeLessThan(300);
  return response.json();
}

/** Parses with the documented schema; strict objects make an undocumented field fail too. */
function expectValid(schema: z.ZodType, value: unknown): void {
  const result = schema.safeParse(value);
  expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
}

describe('real answers match the schemas the API documents are generated from', () => {
  it.each([
    ['/v1/membership?asOf=2021-01-31', MembershipSchema],
    ['/v1/membership?asOf=2024-12-31&knownAt=2100-01-01', MembershipSchema],
    ['/v1/exposure?asOf=2024-12-31', ExposureSchema],
    ['/v1/exposure?asOf=2021-06-30&vendor=vendor:huawei', ExposureSchema],
    ['/v1/regressions?asOf=2024-12-31', RegressionsAnswerSchema],
    ['/v1/actors?asOf=2021-01-31', ActorsAnswerSchema],
    ['/v1/actors/BR/timeline?asOf=2024-12-31', ActorTimelineSchema],
    ['/v1/actors/GB/timeline?asOf=2024-12-31', ActorTimelineSchema],
    ['/v1/trends?from=2019-01-01&to=2024-12-31&interval=quarter', TrendsAnswerSchema],
    ['/v1/events?limit=1000', EventsPageSchema],
    ['/v1/events?limit=5', EventsPageSchema],
    ['/healthz', LivenessSchema],
    ['/readyz', ReadinessSchema],
    ['/ops/state', ProjectionStateSchema],
  ])('GET %s', async (path, schema) => {
    expectValid(schema, await answer(path));
  });

  it('the stored envelopes of POST /v1/events and /v1/events/batch', async () => {
    const one = await postJson(app, '/v1/events', pledge('BE', 'schema-pledge-be'));
    expect(one.status).toBe(201);
    expectValid(StoredEnvelopeSchema, one.body);
    const batch = await postJson(app, '/v1/events/batch', {
      events: [pledge('DK', 'schema-pledge-dk'), reversal('DK', 'schema-reversal-dk')],
    });
    expect(batch.status).toBe(201);
    expectValid(StoredBatchSchema, batch.body);
  });

  it('the problem documents', async () => {
    const bad = await postJson(app, '/v1/events', { type: 'PledgeMade' });
    expect(bad.status).toBe(400);
    expectValid(ProblemSchema, bad.body);
    const missing = await fetch(`${app.url}/v1/actors/ZZ/timeline`);
    expect(missing.status).toBe(404);
    expectValid(ProblemSchema, await missing.json());
  });

  it('the changes on the SSE stream', async () => {
    const controller = new AbortController();
    const response = await fetch(`${app.url}/v1/changes/stream`, { signal: controller.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const firstData = /\ndata: (.*)\n/;
    let text = '';
    while (!firstData.test(text)) text += (await reader.read()).value ?? '';
    controller.abort();
    expectValid(CommitmentChangeSchema, JSON.parse(firstData.exec(text)![1]!));
  });
});
