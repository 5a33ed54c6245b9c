import { LedgerEventSchema } from '@cleannet/domain';
import { stringify } from 'yaml';
import { z } from 'zod';
import { CHANGES_TOPIC_DEFAULT, LEDGER_TOPIC_DEFAULT } from '../../ledger/topics.js';

const ledgerEventSchema = z.toJSONSchema(LedgerEventSchema, {
  io: 'output',
  unrepresentable: 'any',
});

/** The CloudEvents JSON envelope of one commitment change, as the publisher writes it. */
const commitmentChangeCloudEvent = {
  type: 'object',
  required: ['specversion', 'id', 'type', 'source', 'subject', 'time', 'datacontenttype', 'data'],
  properties: {
    specversion: { const: '1.0' },
    id: {
      type: 'string',
      description:
        "the change id <position>.<index>.<digest> (the SSE id): the log position of the cause event, the change's index among its changes, and a digest of the history up to it; unique, stable across restarts, increasing in topic order",
    },
    type: { const: 'org.cleannet.commitment-change.v1' },
    source: { const: '/cleannet/ledger' },
    subject: { type: 'string', description: 'the actor id (also the Kafka key)' },
    time: { type: 'string', format: 'date-time', description: 'recordedAt of the cause event' },
    datacontenttype: { const: 'application/json' },
    data: {
      type: 'object',
      description: "the domain's CommitmentChange",
      required: [
        'actorId',
        'effectiveOn',
        'effectivePrecision',
        'causeEventId',
        'causeType',
        'source',
        'dimension',
        'before',
        'after',
        'regression',
      ],
      properties: {
        actorId: { type: 'string' },
        effectiveOn: { type: 'string', format: 'date', description: 'the day it takes effect' },
        effectivePrecision: {
          type: 'string',
          enum: ['day', 'month', 'year'],
          description:
            'how precisely the cause is dated; a month or year is placed at the end of its period (effectiveOn)',
        },
        causeEventId: { type: 'string' },
        causeType: { type: 'string', description: 'the type of the cause event' },
        source: { type: 'object', description: 'the citation of the cause event' },
        dimension: { type: 'string', enum: ['commitment', 'measure'] },
        measureId: { type: 'string' },
        before: {
          type: 'string',
          description:
            'commitment: none/member/weakened/reversed; measure: none/active/suspended/lifted/reversed',
        },
        after: { type: 'string' },
        narrowed: { type: 'boolean' },
        vendorsReadmitted: { type: 'array', items: { type: 'string' } },
        regression: { type: 'boolean' },
      },
    },
  },
};

/**
 * AsyncAPI 3 for the two Kafka topics. The ledger topic's payload schema is
 * generated from the domain's zod schema, so the contract cannot drift from
 * what the service validates.
 */
export const asyncApiDocument = {
  asyncapi: '3.0.0',
  info: {
    title: 'Clean Network Ledger topics',
    version: '1.0.0',
    description:
      'The event log (the source of truth, never compacted) and the commitment changes derived from it.',
  },
  defaultContentType: 'application/json',
  servers: {
    local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'npm run kafka:start' },
  },
  channels: {
    ledger: {
      address: LEDGER_TOPIC_DEFAULT,
      description:
        'Every ledger event, keyed by subject (actor id). Infinite retention, cleanup.policy=delete.',
      messages: { ledgerEvent: { $ref: '#/components/messages/LedgerEvent' } },
    },
    commitmentChanges: {
      address: CHANGES_TOPIC_DEFAULT,
      description:
        'Commitment changes as CloudEvents JSON, keyed by actor, in change order (one partition). Infinite retention, cleanup.policy=delete. Each change is published once: a restarted service continues after the last change id in the topic.',
      messages: { commitmentChange: { $ref: '#/components/messages/CommitmentChange' } },
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
      summary: 'The ledger service publishes each change derived by the projections.',
      messages: [{ $ref: '#/channels/commitmentChanges/messages/commitmentChange' }],
    },
  },
  components: {
    messages: {
      LedgerEvent: {
        name: 'LedgerEvent',
        contentType: 'application/json',
        payload: ledgerEventSchema,
        bindings: { kafka: { key: { type: 'string', description: 'subject' } } },
      },
      CommitmentChange: {
        name: 'CommitmentChange',
        contentType: 'application/cloudevents+json',
        payload: commitmentChangeCloudEvent,
        bindings: { kafka: { key: { type: 'string', description: 'actor id' } } },
      },
    },
  },
};

export const asyncApiYaml = stringify(asyncApiDocument, { aliasDuplicateObjects: false });
