import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { BEARER_SCHEME } from '../auth/access.decorator.js';
import type { LedgerConfig } from '../config/config.schema.js';
import { problemTypes, type ProblemStatus } from '../http/problem-details/problem.js';
import { problemTypeCatalogue } from '../problem-types/problem-type-catalogue.js';
import { publicBaseUrl } from '../problem-types/public-base-url.js';
import { convertRouteSchema, openApiSchemas } from './api-schemas.js';
import { EXAMPLE_MARKER } from './answer-responses.js';
import { documentExamples, EXAMPLE_LIST_LENGTH, type ExampleKey } from './examples.js';
import { PROBLEM_EXAMPLE_MARKER } from './problem-responses.js';

/** Where the OpenAPI document is served; /docs-json is the Swagger UI's own path. */
export const OPENAPI_PATHS = ['/openapi.json', '/docs-json'] as const;

const tags = [
  { name: 'events', description: 'Record events and read the log.' },
  { name: 'queries', description: 'Bitemporal answers: every read takes asOf and knownAt.' },
  { name: 'streams', description: 'Commitment changes as Server-Sent Events.' },
  {
    name: 'operations',
    description: 'Health, readiness, projection state, the AsyncAPI document.',
  },
  { name: 'problem types', description: 'The pages problem documents link to.' },
];

type MediaType = Record<string, unknown>;
type Operation = {
  security?: unknown[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
};

function eachOperation(document: OpenAPIObject, visit: (operation: Operation) => void): void {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method] as Operation | undefined;
      if (operation) visit(operation);
    }
  }
}

function eachResponseMedia(operation: Operation, visit: (media: MediaType) => void): void {
  for (const response of Object.values(operation.responses ?? {}))
    for (const media of Object.values(response.content ?? {})) visit(media);
}

/**
 * The OpenAPI 3.1 document: paths and parameters from the controllers'
 * decorators, every body schema generated from the zod schemas the service
 * validates with, examples computed from the curated history.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Clean Network Ledger API')
    .setDescription(
      'A replayable, bitemporal ledger of Clean Network commitments. Every read takes ' +
        '`asOf` (valid time) and `knownAt` (transaction time). Errors are RFC 9457 problem ' +
        'documents whose `type` links to a page describing them. Commitment changes are also ' +
        'published to Kafka: see /asyncapi.yaml. Examples come from the curated history; their ' +
        `lists are cut to ${EXAMPLE_LIST_LENGTH} entries.`,
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addSecurity(BEARER_SCHEME, {
      type: 'http',
      scheme: 'bearer',
      description:
        'An opaque token the service is configured with (LEDGER_TOKENS), each with a role: ' +
        '`recorder` records events; any known token reads when LEDGER_PRIVATE_READS is set.',
    });
  for (const tag of tags) config.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, config.build(), {
    standardSchemaConverter: convertRouteSchema,
  });
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...openApiSchemas() },
  };
  const examples = documentExamples();
  eachOperation(document, (operation) => {
    // Routes without an access rule are public.
    operation.security ??= [];
    eachResponseMedia(operation, (media) => {
      const key = media[EXAMPLE_MARKER] as ExampleKey | undefined;
      if (key === undefined) return;
      delete media[EXAMPLE_MARKER];
      media.example = examples[key];
    });
    const body = operation.requestBody?.content?.['application/json'];
    const ref = (body?.schema as { $ref?: string } | undefined)?.$ref;
    if (body && ref?.endsWith('/ProposedEvent')) {
      body.examples = Object.fromEntries(
        Object.entries(examples.proposed).map(([kind, value]) => [
          kind,
          { summary: `${kind} (${value.id})`, value },
        ]),
      );
    }
    if (body && ref?.endsWith('/ProposedBatch')) body.example = examples.batchRequest;
  });
  return document;
}

/** The document for one base URL: its server, and problem examples whose `type` resolves there. */
export function forServer(document: OpenAPIObject, baseUrl: string): OpenAPIObject {
  const copy = structuredClone(document);
  copy.servers = [{ url: baseUrl, description: 'this service' }];
  eachOperation(copy, (operation) =>
    eachResponseMedia(operation, (media) => {
      const status = media[PROBLEM_EXAMPLE_MARKER] as ProblemStatus | undefined;
      if (status === undefined) return;
      delete media[PROBLEM_EXAMPLE_MARKER];
      media.example = problemExample(status, baseUrl);
    }),
  );
  return copy;
}

function problemExample(status: ProblemStatus, baseUrl: string) {
  const { type, title } = problemTypes[status];
  const entry = problemTypeCatalogue.find((candidate) => `/problems/${candidate.slug}` === type);
  return {
    type: `${baseUrl}${type}`,
    title,
    status,
    detail: entry?.description.split('. ')[0]?.replace(/\.?$/, '.') ?? title,
  };
}

/**
 * Serves the document at /openapi.json and /docs-json (whatever the Accept
 * header) and the Swagger UI at /docs. Built on the first request.
 */
export function documentApi(
  app: INestApplication,
  config: Pick<LedgerConfig, 'LEDGER_PUBLIC_URL'>,
): void {
  let built: OpenAPIObject | undefined;
  const document = () => (built ??= buildOpenApiDocument(app));
  const base = (request: Request) => publicBaseUrl(request, config.LEDGER_PUBLIC_URL);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: OPENAPI_PATHS[1],
    raw: ['json'],
    patchDocumentOnRequest: <TRequest>(
      request: TRequest,
      _response: unknown,
      built: OpenAPIObject,
    ) => forServer(built, base(request as Request)),
  });
  app
    .getHttpAdapter()
    .get(OPENAPI_PATHS[0], (request: Request, response: Response) =>
      response.json(forServer(document(), base(request))),
    );
}
