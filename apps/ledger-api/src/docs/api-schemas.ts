import {
  ActorTimelineSchema,
  CommitmentChangeSchema,
  ExposureSchema,
  MembershipSchema,
  ProposedEventSchema,
  TrendPointSchema,
} from '@cleannet/domain';
import { z } from 'zod';
import {
  BatchBodySchema,
  MAX_BATCH_EVENTS,
  SingleEventBodySchema,
} from '../commands/append-event/append-event.request.js';
import {
  StoredBatchSchema,
  StoredEnvelopeSchema,
} from '../commands/append-event/stored-envelope.schema.js';
import { LivenessSchema, ReadinessSchema } from '../ops/health/health.answer.js';
import { ProjectionStateSchema } from '../ops/state/state.answer.js';
import { ProblemSchema } from '../problem-types/problem.schema.js';
import { ActorsAnswerSchema } from '../queries/actors/actors.answer.js';
import { EventsPageSchema } from '../queries/events/events.answer.js';
import { RegressionsAnswerSchema } from '../queries/regressions/regressions.answer.js';
import { TrendsAnswerSchema } from '../queries/trends/trends.answer.js';

export type JsonSchema = Record<string, unknown>;

/** Answers: documented as the service writes them (tests parse real answers with these). */
const answers = {
  StoredEvent: StoredEnvelopeSchema,
  StoredBatch: StoredBatchSchema,
  EventsPage: EventsPageSchema,
  Membership: MembershipSchema,
  Exposure: ExposureSchema,
  Regressions: RegressionsAnswerSchema,
  Actors: ActorsAnswerSchema,
  ActorTimeline: ActorTimelineSchema,
  Trends: TrendsAnswerSchema,
  TrendPoint: TrendPointSchema,
  CommitmentChange: CommitmentChangeSchema,
  Liveness: LivenessSchema,
  Readiness: ReadinessSchema,
  ProjectionState: ProjectionStateSchema,
  Problem: ProblemSchema,
} satisfies Record<string, z.ZodType>;

/**
 * Request bodies. The routes check only a body's outline (an object; an
 * `events` array) and the writer validates each event with the domain's
 * schema, so the documented body is the two together.
 */
const requests = {
  ProposedEvent: ProposedEventSchema,
  ProposedBatch: z.strictObject({
    events: z.array(ProposedEventSchema).min(1).max(MAX_BATCH_EVENTS),
  }),
} satisfies Record<string, z.ZodType>;

export type AnswerSchemaName = keyof typeof answers;
export type RequestSchemaName = keyof typeof requests;

/** What each route's own body schema is documented as. */
const documentedBodies = new Map<unknown, RequestSchemaName>([
  [SingleEventBodySchema, 'ProposedEvent'],
  [BatchBodySchema, 'ProposedBatch'],
]);

/** `{ $ref }` to a component schema. */
export const schemaRef = (name: AnswerSchemaName | RequestSchemaName) => ({
  $ref: `#/components/schemas/${name}`,
});

/** Each kind of an event union under its own name, e.g. `StoredPledgeMade`. */
export function eventKinds(union: { options: readonly z.ZodObject[] }, prefix: string) {
  return Object.fromEntries(
    union.options.map((kind) => [`${prefix}${String(kind.shape.type!.def.values[0])}`, kind]),
  );
}

/** A zod schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1 and AsyncAPI 3's multi-format). */
export function jsonSchemaOf(
  schema: z.ZodType,
  io: 'input' | 'output',
  target: 'draft-2020-12' | 'draft-7' = 'draft-2020-12',
): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io,
    target,
    unrepresentable: 'any',
  });
  return json;
}

/**
 * Named zod schemas as definitions: each one becomes a definition and every
 * use of it a `$ref` to `#/components/schemas/{name}`, so shared parts appear once.
 */
export function toDefinitions(
  named: Record<string, z.ZodType>,
  io: 'input' | 'output',
  target: 'draft-2020-12' | 'draft-7' = 'draft-2020-12',
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    target,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [
      id,
      schema as JsonSchema,
    ]),
  );
}

/**
 * The OpenAPI document's component schemas, generated from the zod schemas
 * the service validates requests with and tests its answers against; each
 * event kind is a schema of its own.
 */
export function openApiSchemas(): Record<string, JsonSchema> {
  return {
    ...toDefinitions({ ...answers, ...eventKinds(StoredEnvelopeSchema, 'Stored') }, 'output'),
    ...toDefinitions({ ...requests, ...eventKinds(ProposedEventSchema, '') }, 'input'),
  };
}

/**
 * For the OpenAPI generator (`standardSchemaConverter`): a route's body
 * schema as its documented component, any other schema (query parameters)
 * as JSON Schema 2020-12 rather than the generator's default OpenAPI 3.0.
 */
export function convertRouteSchema(
  schema: unknown,
  { schemaType }: { schemaType: 'input' | 'output' },
): { schema: JsonSchema } | undefined {
  const documented = documentedBodies.get(schema);
  if (documented) return { schema: schemaRef(documented) };
  if (!(schema instanceof z.ZodType)) return undefined;
  return { schema: jsonSchemaOf(schema, schemaType) };
}
