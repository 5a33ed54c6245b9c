import { Parser } from '@asyncapi/parser';
import { CommitmentChangeSchema, LedgerEventSchema, ProposedEventSchema } from '@cleannet/domain';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { asyncApiDocument } from '../ops/asyncapi/asyncapi-document.js';
import { CommitmentChangeCloudEventSchema } from '../publishing/commitment-change-event.schema.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

const PUBLIC_URL = 'https://ledger.test';
let app: TestApp;
let dashboard: string;

// A built dashboard, so that its fallback (index.html for unknown GETs) is in the way.
beforeAll(async () => {
  app = await startTestApp({
    LEDGER_PUBLIC_URL: PUBLIC_URL,
    KAFKA_BROKERS: '',
    LEDGER_DASHBOARD_DIR: (dashboard = await builtDashboard()),
  });
});
afterAll(async () => {
  await app.dispose();
  await rm(dashboard, { recursive: true, force: true });
});

async function builtDashboard(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ledger-docs-dashboard-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>dashboard</title>');
  return dir;
}

interface OpenApi {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, object> };
}
interface Operation {
  security?: unknown[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}
interface Media {
  schema?: { $ref?: string };
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}

async function openApi(path: string, accept: string): Promise<OpenApi> {
  const response = await fetch(`${app.url}${path}`, { headers: { accept } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as OpenApi;
}

describe('the OpenAPI document', () => {
  it.each([
    ['/openapi.json', '*/*'],
    ['/openapi.json', 'text/html,application/xhtml+xml,*/*;q=0.8'],
    ['/docs-json', '*/*'],
  ])('is served at %s to Accept: %s, not the dashboard', async (path, accept) => {
    const document = await openApi(path, accept);
    expect(document.openapi).toBe('3.1.0');
  });

  it('passes Redocly’s recommended rules: no errors, and only the warnings listed here', async () => {
    const document = await openApi('/openapi.json', 'application/json');
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'openapi.json',
      config,
    });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    // Operations that take no input from the client cannot answer a 4xx.
    expect(
      problems.map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}`).sort(),
    ).toEqual(
      ['/asyncapi.yaml', '/healthz', '/ops/state', '/problems', '/readyz']
        .map((path) => `operation-4xx-response #/paths/${path.replaceAll('/', '~1')}/get/responses`)
        .sort(),
    );
  });

  it('documents every body with a generated schema, and CSV where a read answers it', async () => {
    const { paths, components } = await openApi('/openapi.json', 'application/json');
    const reads = {
      '/v1/membership': 'Membership',
      '/v1/exposure': 'Exposure',
      '/v1/regressions': 'Regressions',
      '/v1/actors': 'Actors',
      '/v1/actors/{id}/timeline': 'ActorTimeline',
      '/v1/trends': 'Trends',
      '/v1/events': 'EventsPage',
    };
    for (const [path, schema] of Object.entries(reads)) {
      const ok = paths[path]!.get!.responses['200']!.content!;
      expect(ok['application/json']!.schema!.$ref, path).toBe(`#/components/schemas/${schema}`);
      expect(ok['application/json']!.example, path).toBeDefined();
      expect(Object.keys(ok), path).toEqual(
        path.endsWith('/timeline') ? ['application/json'] : ['application/json', 'text/csv'],
      );
    }
    const append = paths['/v1/events']!.post!;
    const body = append.requestBody!.content['application/json']!;
    expect(body.schema!.$ref).toBe('#/components/schemas/ProposedEvent');
    for (const { value } of Object.values(body.examples!))
      expect(ProposedEventSchema.safeParse(value).success).toBe(true);
    expect(append.responses['201']!.content!['application/json']!.schema!.$ref).toBe(
      '#/components/schemas/StoredEvent',
    );
    expect(append.security).toEqual([{ bearer: [] }]);
    expect(paths['/v1/membership']!.get!.security).toEqual([{}, { bearer: [] }]);
    expect(Object.keys(components.schemas)).toEqual(
      expect.arrayContaining(['ProposedEvent', 'PledgeMade', 'StoredPledgeMade', 'Problem']),
    );
  });

  it('names an opaque bearer scheme, the configured server and absolute problem types', async () => {
    const document = await openApi('/openapi.json', 'application/json');
    expect(document.components.securitySchemes).toEqual({
      bearer: { type: 'http', scheme: 'bearer', description: expect.any(String) },
    });
    expect(document.servers).toEqual([{ url: PUBLIC_URL, description: 'this service' }]);
    const problem =
      document.paths['/v1/membership']!.get!.responses['400']!.content![
        'application/problem+json'
      ]!;
    expect(problem.schema!.$ref).toBe('#/components/schemas/Problem');
    expect(problem.example).toMatchObject({ type: `${PUBLIC_URL}/problems/invalid-request` });
  });

  it('keeps the Swagger UI at /docs', async () => {
    const ui = await fetch(`${app.url}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});

describe('the AsyncAPI document', () => {
  async function asyncApi(accept: string) {
    const response = await fetch(`${app.url}/asyncapi.yaml`, { headers: { accept } });
    expect(response.headers.get('content-type')).toMatch(/^application\/yaml/);
    return response.text();
  }

  it('is served to any client, and the AsyncAPI parser reports nothing', async () => {
    const text = await asyncApi('text/html,*/*;q=0.8');
    const { document, diagnostics } = await new Parser().parse(text);
    expect(diagnostics.map(({ severity, code, message }) => ({ severity, code, message }))).toEqual(
      [],
    );
    expect(document?.version()).toBe('3.1.0');
    expect(
      document
        ?.channels()
        .all()
        .map((channel) => channel.address()),
    ).toEqual([
      'cleannet.ledger.v1',
      'cleannet.commitment-changes.v1',
      'cleannet.commitment-changes.v1.dlq',
      '/v1/changes/stream',
    ]);
  });

  it('has examples that the schemas the service uses accept (the parser does not check them)', async () => {
    const document = parse(await asyncApi('*/*')) as {
      components: { messages: Record<string, { examples: { payload: unknown }[] }> };
    };
    const schemaOf = {
      LedgerEvent: LedgerEventSchema,
      CommitmentChange: CommitmentChangeCloudEventSchema,
      DeadLetter: CommitmentChangeCloudEventSchema,
      StreamedChange: CommitmentChangeSchema,
    };
    for (const [name, message] of Object.entries(document.components.messages)) {
      const schema = schemaOf[name as keyof typeof schemaOf];
      expect(message.examples.length, name).toBeGreaterThan(0);
      for (const { payload } of message.examples)
        expect(schema.safeParse(payload).success, name).toBe(true);
    }
  });

  it('names the configured brokers and this service as servers', () => {
    const document = asyncApiDocument({
      kafkaBrokers: ['k1.test:9092', 'k2.test:9093'],
      ledgerTopic: 'ledger',
      changesTopic: 'changes',
      httpBaseUrl: 'https://ledger.test',
    });
    expect(
      Object.entries(document.servers).map(([name, { host, protocol }]) => [name, host, protocol]),
    ).toEqual([
      ['kafka1', 'k1.test:9092', 'kafka'],
      ['kafka2', 'k2.test:9093', 'kafka'],
      ['http', 'ledger.test', 'https'],
    ]);
    expect(document.channels.deadLetters.address).toBe('changes.dlq');
  });
});
