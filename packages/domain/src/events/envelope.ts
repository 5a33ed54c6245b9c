import { z } from 'zod';
import { ActorIdSchema } from './actor-ids.js';
import { boundedString, MAX_ID_LENGTH } from './bounds.js';
import { CitationSchema } from './citation.js';
import { InstantSchema, PartialDateSchema, PrecisionSchema } from './dates.js';
import { EVENT_DATA_SCHEMAS, EventIdSchema, type EventType } from './kinds.js';
import { precisionOf } from '../time/partial-date.js';

/** The schema version events are written at today; older ones are upcast on read. */
export const CURRENT_SCHEMA_VERSION = 1;

const proposedFields = {
  id: EventIdSchema,
  subject: ActorIdSchema,
  effectiveAt: PartialDateSchema,
  effectivePrecision: PrecisionSchema,
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  source: CitationSchema,
};

/** Every field a caller supplies: what a retry must repeat to count as the same submission. */
export const PROPOSED_EVENT_FIELDS = [
  ...(Object.keys(proposedFields) as (keyof typeof proposedFields)[]),
  'type',
  'data',
] as const;

const ledgerFields = {
  specversion: z.literal('1.0'),
  ...proposedFields,
  recordedAt: InstantSchema,
  recordedBy: boundedString(MAX_ID_LENGTH).min(1),
};

function precisionAgrees(event: { effectiveAt: string; effectivePrecision: string }): boolean {
  const written = precisionOf(event.effectiveAt);
  return written === undefined || written === event.effectivePrecision;
}

const PRECISION_MESSAGE = 'effectivePrecision must match the form of effectiveAt';

function proposedKind<T extends EventType>(type: T) {
  return z.strictObject({
    ...proposedFields,
    type: z.literal(type),
    data: EVENT_DATA_SCHEMAS[type],
  });
}

function ledgerKind<T extends EventType>(type: T) {
  return z.strictObject({ ...ledgerFields, type: z.literal(type), data: EVENT_DATA_SCHEMAS[type] });
}

/** What a caller submits: a fact with its citation, before the ledger stamps it. */
export const ProposedEventSchema = z
  .discriminatedUnion('type', [
    proposedKind('PledgeMade'),
    proposedKind('VendorsExcluded'),
    proposedKind('BanEnacted'),
    proposedKind('MeasureStatusChanged'),
    proposedKind('MeasureAmended'),
    proposedKind('CommitmentReversed'),
    proposedKind('EventCorrected'),
    proposedKind('EventRetracted'),
  ])
  .refine(precisionAgrees, { message: PRECISION_MESSAGE, path: ['effectivePrecision'] });

/** An event as stored in the log: a CloudEvent stamped with transaction time and principal. */
export const LedgerEventSchema = z
  .discriminatedUnion('type', [
    ledgerKind('PledgeMade'),
    ledgerKind('VendorsExcluded'),
    ledgerKind('BanEnacted'),
    ledgerKind('MeasureStatusChanged'),
    ledgerKind('MeasureAmended'),
    ledgerKind('CommitmentReversed'),
    ledgerKind('EventCorrected'),
    ledgerKind('EventRetracted'),
  ])
  .refine(precisionAgrees, { message: PRECISION_MESSAGE, path: ['effectivePrecision'] });

export type ProposedEvent = z.infer<typeof ProposedEventSchema>;
export type LedgerEvent = z.infer<typeof LedgerEventSchema>;
export type LedgerEventOf<T extends EventType> = Extract<LedgerEvent, { type: T }>;
export type ProposedEventOf<T extends EventType> = Extract<ProposedEvent, { type: T }>;

/** Stamps a proposed event as the ledger appends it. */
export function toLedgerEvent(
  event: ProposedEvent,
  recordedAt: string,
  recordedBy: string,
): LedgerEvent {
  return { specversion: '1.0', ...event, recordedAt, recordedBy } as LedgerEvent;
}
