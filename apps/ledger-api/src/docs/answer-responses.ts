import { ApiResponse } from '@nestjs/swagger';
import { schemaRef, type AnswerSchemaName } from './api-schemas.js';
import type { ExampleKey } from './examples.js';

/** Marks where `fillExamples` puts an example from the curated history (built on first use). */
export const EXAMPLE_MARKER = 'x-cleannet-example';

export interface AnswerOptions {
  readonly status?: 200 | 201;
  readonly schema: AnswerSchemaName;
  readonly description: string;
  readonly example?: ExampleKey;
  /** The route also answers its main table as CSV (`format=csv` or `Accept: text/csv`). */
  readonly csv?: ExampleKey;
  readonly headers?: Record<string, { description: string; schema: Record<string, unknown> }>;
}

/** The success response of a route: its schema, generated from zod, and an example. */
export function ApiAnswer(options: AnswerOptions) {
  const json = {
    schema: schemaRef(options.schema),
    ...(options.example ? { [EXAMPLE_MARKER]: options.example } : {}),
  };
  const csv = options.csv && {
    schema: {
      type: 'string',
      description:
        'The main table, one row per entry, nested fields flattened to dotted columns (gdpUsd.value).',
    },
    [EXAMPLE_MARKER]: options.csv,
  };
  return ApiResponse({
    status: options.status ?? 200,
    description: options.description,
    content: { 'application/json': json, ...(csv ? { 'text/csv': csv } : {}) },
    ...(options.headers ? { headers: options.headers } : {}),
  });
}

/** The SSE stream's response: `text/event-stream` with an example message. */
export function ApiEventStream(description: string) {
  const media = {
    schema: {
      type: 'string',
      description:
        'Server-Sent Events: `id` is the change id (`<position>.<index>.<digest>`), `event` is ' +
        '`commitment-change` (or `resync`: start again from the first change), `data` one ' +
        'CommitmentChange as JSON; comment lines are heartbeats.',
    },
    [EXAMPLE_MARKER]: 'sse' satisfies ExampleKey,
  };
  return ApiResponse({ status: 200, description, content: { 'text/event-stream': media } });
}
