import { CommitmentChangeSchema, LedgerEventSchema } from '@cleannet/domain';
import { stringify } from 'yaml';
import { eventKinds, jsonSchemaOf, toDefinitions } from '../../docs/api-schemas.js';
import { documentExamples } from '../../docs/examples.js';
import { CommitmentChangeCloudEventSchema } from '../../publishing/commitment-change-event.schema.js';
import { ChangesStreamQuerySchema } from '../../streams/changes/changes-stream.query.js';

export interface AsyncApiSettings {
  /** KAFKA_BROKERS: empty when the service runs on its file log and publishes nothing. */
  readonly kafkaBrokers: readonly string[];
  readonly ledgerTopic: string;
  readonly changesTopic: string;
  /** The service's public URL, for the SSE stream. */
  readonly httpBaseUrl: string;
}

/** Where a subscriber built on @cleannet/client copies a change it cannot handle (see its dead-letter.ts). */
export const deadLetterTopicOf = (changesTopic: string) => `${changesTopic}.dlq`;

/** The headers packages/client's dead-letter.ts adds to a dead-lettered change. */
const deadLetterHeaders = {
  type: 'object',
  properties: {
    'cleannet-dlq-error': {
      type: 'string',
      description: 'the last error, at most 4000 characters',
    },
    'cleannet-dlq-reason': { type: 'string', enum: ['handler-failed', 'invalid'] },
    'cleannet-dlq-attempts': { type: 'string', description: 'how many times the handler ran' },
    'cleannet-dlq-original-topic': { type: 'string' },
    'cleannet-dlq-original-partition': { type: 'string' },
    'cleannet-dlq-original-offset': { type: 'string' },
    'cleannet-dlq-failed-at': { type: 'string', description: 'ISO 8601 instant' },
  },
};

// JSON Schema draft 7: the dialect AsyncAPI's default schema format extends.
let schemas: Record<string, unknown> | undefined;
const payloadSchemas = () =>
  (schemas ??= toDefinitions(
    {
      LedgerEvent: LedgerEventSchema,
      ...eventKinds(LedgerEventSchema, ''),
      CommitmentChangeCloudEvent: CommitmentChangeCloudEventSchema,
      CommitmentChange: CommitmentChangeSchema,
    },
    'output',
    'draft-7',
  ));

const kafkaKey = (description: string) => ({
  kafka: { key: { type: 'string', description }, bindingVersion: '0.5.0' },
});

const neverDeleted = { 'cleanup.policy': ['delete'], 'retention.ms': -1 };

function kafkaServers(brokers: readonly string[]) {
  if (brokers.length === 0) {
    return {
      kafka: {
        host: 'localhost:9092',
        protocol: 'kafka',
        description:
          'Not configured: this service runs on its embedded file log and publishes no topics. ' +
          'Set KAFKA_BROKERS to run on Kafka.',
      },
    };
  }
  return Object.fromEntries(
    brokers.map((host, n) => [
      `kafka${n + 1}`,
      {
        host,
        protocol: 'kafka',
        description:
          'A bootstrap broker from KAFKA_BROKERS (plaintext: the service sets no TLS or SASL)',
      },
    ]),
  );
}

/**
 * AsyncAPI 3 for what the ledger sends: the ledger topic, the changes topic,
 * the dead-letter topic of subscribers, and the SSE stream. Payload schemas
 * are generated from the zod schemas the service validates and answers with;
 * examples are computed from the curated history.
 */
export function asyncApiDocument(settings: AsyncApiSettings) {
  const examples = documentExamples();
  const kafka = kafkaServers(settings.kafkaBrokers);
  const kafkaRefs = Object.keys(kafka).map((name) => ({ $ref: `#/servers/${name}` }));
  const http = new URL(settings.httpBaseUrl);
  const exampleOffset = examples.cloudEventOffset;
  return {
    asyncapi: '3.1.0',
    info: {
      title: 'Clean Network Ledger events',
      version: '1.0.0',
      description:
        'The event log (the source of truth, never compacted), the commitment changes derived ' +
        'from it, on Kafka and as Server-Sent Events, and the dead-letter topic of Kafka ' +
        'subscribers. The HTTP API is described at /openapi.json.',
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    defaultContentType: 'application/json',
    servers: {
      ...kafka,
      http: {
        host: http.host,
        protocol: http.protocol.replace(':', ''),
        description: 'This service: the SSE stream',
        security: [{ $ref: '#/components/securitySchemes/bearer' }],
      },
    },
    channels: {
      ledger: {
        address: settings.ledgerTopic,
        description:
          'Every ledger event, keyed by subject (actor id). Infinite retention, never compacted.',
        servers: kafkaRefs,
        messages: { ledgerEvent: { $ref: '#/components/messages/LedgerEvent' } },
        bindings: {
          kafka: {
            topic: settings.ledgerTopic,
            topicConfiguration: neverDeleted,
            bindingVersion: '0.5.0',
          },
        },
      },
      commitmentChanges: {
        address: settings.changesTopic,
        description:
          'Commitment changes as CloudEvents JSON, keyed by actor, in change order (one ' +
          'partition). Infinite retention. Each change is published once: a restarted service ' +
          'continues after the last change id in the topic.',
        servers: kafkaRefs,
        messages: { commitmentChange: { $ref: '#/components/messages/CommitmentChange' } },
        bindings: {
          kafka: {
            topic: settings.changesTopic,
            partitions: 1,
            topicConfiguration: neverDeleted,
            bindingVersion: '0.5.0',
          },
        },
      },
      deadLetters: {
        address: deadLetterTopicOf(settings.changesTopic),
        description:
          'Changes a subscriber built on @cleannet/client could not handle (its handler kept ' +
          'failing, or the record is not a commitment-change CloudEvent): the record copied ' +
          'unchanged, with the failure in headers. Replay them from here after a fix.',
        servers: kafkaRefs,
        messages: { deadLetter: { $ref: '#/components/messages/DeadLetter' } },
      },
      changesStream: {
        address: '/v1/changes/stream',
        description:
          'The commitment changes as Server-Sent Events: `id` is the change id ' +
          '(`<position>.<index>.<digest>`), `event` is `commitment-change`, `data` is the change ' +
          'as one JSON line; comment lines are heartbeats. Reconnect with `Last-Event-ID` (or ' +
          '`?after=`) to resume without gaps; an id this ledger cannot vouch for is answered ' +
          'with `event: resync`, then every change from the first.',
        servers: [{ $ref: '#/servers/http' }],
        messages: { commitmentChange: { $ref: '#/components/messages/StreamedChange' } },
        bindings: {
          http: { bindingVersion: '0.3.0' },
        },
      },
    },
    operations: {
      appendLedgerEvent: {
        action: 'send',
        channel: { $ref: '#/channels/ledger' },
        summary: 'The single active writer appends validated events.',
        messages: [{ $ref: '#/channels/ledger/messages/ledgerEvent' }],
      },
      publishCommitmentChange: {
        action: 'send',
        channel: { $ref: '#/channels/commitmentChanges' },
        summary: 'The service publishes each change its projections derive.',
        messages: [{ $ref: '#/channels/commitmentChanges/messages/commitmentChange' }],
      },
      deadLetterCommitmentChange: {
        action: 'send',
        channel: { $ref: '#/channels/deadLetters' },
        summary: 'A subscriber (packages/client) sets aside a change it could not handle.',
        messages: [{ $ref: '#/channels/deadLetters/messages/deadLetter' }],
      },
      streamCommitmentChanges: {
        action: 'send',
        channel: { $ref: '#/channels/changesStream' },
        summary: 'GET /v1/changes/stream: the changes after the cursor, then live ones.',
        security: [{ $ref: '#/components/securitySchemes/bearer' }],
        messages: [{ $ref: '#/channels/changesStream/messages/commitmentChange' }],
        bindings: {
          http: {
            method: 'GET',
            query: jsonSchemaOf(ChangesStreamQuerySchema, 'input', 'draft-7'),
            bindingVersion: '0.3.0',
          },
        },
      },
    },
    components: {
      schemas: {
        ...payloadSchemas(),
        DeadLetterHeaders: deadLetterHeaders,
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An opaque token from LEDGER_TOKENS; needed only when LEDGER_PRIVATE_READS is set.',
        },
      },
      messages: {
        LedgerEvent: {
          name: 'LedgerEvent',
          title: 'A stored ledger event',
          contentType: 'application/json',
          payload: { $ref: '#/components/schemas/LedgerEvent' },
          bindings: kafkaKey('the subject (actor id)'),
          examples: [
            {
              name: 'brazilReversal',
              summary: "Brazil's reversal in 2021, as recorded",
              payload: examples.ledgerEvent,
            },
          ],
        },
        CommitmentChange: {
          name: 'CommitmentChange',
          title: 'A commitment change (CloudEvent)',
          contentType: 'application/cloudevents+json',
          payload: { $ref: '#/components/schemas/CommitmentChangeCloudEvent' },
          bindings: kafkaKey('the actor id'),
          examples: [
            { name: 'brazilReversal', summary: 'A regression', payload: examples.cloudEvent },
          ],
        },
        DeadLetter: {
          name: 'DeadLetter',
          title: 'A change a subscriber could not handle',
          contentType: 'application/cloudevents+json',
          headers: { $ref: '#/components/schemas/DeadLetterHeaders' },
          payload: { $ref: '#/components/schemas/CommitmentChangeCloudEvent' },
          bindings: kafkaKey('the original key (the actor id)'),
          examples: [
            {
              name: 'handlerFailed',
              summary: 'The handler failed five times',
              headers: {
                'cleannet-dlq-error': 'Error: downstream service answered 503',
                'cleannet-dlq-reason': 'handler-failed',
                'cleannet-dlq-attempts': '5',
                'cleannet-dlq-original-topic': settings.changesTopic,
                'cleannet-dlq-original-partition': '0',
                'cleannet-dlq-original-offset': exampleOffset,
                'cleannet-dlq-failed-at': '2025-01-02T09:05:00.000Z',
              },
              payload: examples.cloudEvent,
            },
          ],
        },
        StreamedChange: {
          name: 'StreamedChange',
          title: 'A commitment change on the SSE stream',
          contentType: 'application/json',
          payload: { $ref: '#/components/schemas/CommitmentChange' },
          examples: [{ name: 'brazilReversal', summary: 'A regression', payload: examples.change }],
        },
      },
    },
  };
}

export const asyncApiYaml = (settings: AsyncApiSettings) =>
  stringify(asyncApiDocument(settings), { aliasDuplicateObjects: false });
