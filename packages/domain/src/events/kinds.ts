import { z } from 'zod';
import { ActorIdSchema, Alpha2Schema, VendorIdSchema } from './actor-ids.js';
import { boundedString, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from './bounds.js';
import { CitationSchema } from './citation.js';
import { PartialDateSchema, PrecisionSchema } from './dates.js';
import {
  MeasureIdSchema,
  MeasureSchema,
  NetworkPartSchema,
  ScopeSchema,
  VendorSelectorSchema,
} from './measure.js';

export const PledgeMadeDataSchema = z.strictObject({
  instrument: z.enum(['declaration', 'mou', 'joint-statement', 'statement', 'membership', 'other']),
  programme: z.enum(['clean-network', '5g-clean-path', 'clean-telco']),
  pillars: z.array(z.enum(['carrier', 'store', 'apps', 'cloud', 'cable', 'path'])).optional(),
  actorName: boundedString(MAX_NAME_LENGTH).min(1).optional(),
  homeCountry: Alpha2Schema.optional(),
  counterparty: ActorIdSchema.optional(),
  note: boundedString(MAX_NOTE_LENGTH).optional(),
});

export const VendorsExcludedDataSchema = MeasureSchema;
export const BanEnactedDataSchema = MeasureSchema;

export const MEASURE_STATUS_CHANGES = ['suspended', 'reinstated', 'upheld', 'lifted'] as const;

export const MeasureStatusChangedDataSchema = z.strictObject({
  measureId: MeasureIdSchema,
  change: z.enum(MEASURE_STATUS_CHANGES),
  by: z.enum(['court', 'government', 'regulator', 'operator', 'legislature']),
  note: boundedString(MAX_NOTE_LENGTH).optional(),
});

export const MeasureAmendedDataSchema = z.strictObject({
  measureId: MeasureIdSchema,
  scopes: z.array(ScopeSchema).min(1),
  vendors: VendorSelectorSchema.optional(),
  note: boundedString(MAX_NOTE_LENGTH).optional(),
});

export const ReversalTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('pledge') }),
  z.strictObject({ kind: z.literal('measure'), measureId: MeasureIdSchema }),
]);

export const CommitmentReversedDataSchema = z.strictObject({
  target: ReversalTargetSchema,
  extent: z.enum(['full', 'partial']),
  vendorsReadmitted: z.array(VendorIdSchema),
  partsReadmitted: z.array(NetworkPartSchema).optional(),
  note: boundedString(MAX_NOTE_LENGTH).optional(),
});

export const EventIdSchema = boundedString(MAX_ID_LENGTH).regex(
  /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
  'expected an event id of letters, digits and . _ : -',
);

/**
 * The corrected payload is checked against the corrected event's own kind by
 * the decider, which knows that kind; here it only has to be an object.
 */
export const EventCorrectedDataSchema = z
  .strictObject({
    correctedEventId: EventIdSchema,
    effectiveAt: PartialDateSchema.optional(),
    effectivePrecision: PrecisionSchema.optional(),
    source: CitationSchema.optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    reason: boundedString(MAX_NOTE_LENGTH).min(1),
  })
  .refine(
    (value) => (value.effectiveAt === undefined) === (value.effectivePrecision === undefined),
    {
      message: 'effectiveAt and effectivePrecision are corrected together',
      path: ['effectivePrecision'],
    },
  )
  .refine(
    (value) =>
      value.effectiveAt !== undefined || value.source !== undefined || value.data !== undefined,
    {
      message: 'a correction changes at least one of effectiveAt, source or data',
      path: ['reason'],
    },
  );

export const EventRetractedDataSchema = z.strictObject({
  retractedEventId: EventIdSchema,
  reason: boundedString(MAX_NOTE_LENGTH).min(1),
});

/** Every kind's payload schema, by event type: the catalogue. */
export const EVENT_DATA_SCHEMAS = {
  PledgeMade: PledgeMadeDataSchema,
  VendorsExcluded: VendorsExcludedDataSchema,
  BanEnacted: BanEnactedDataSchema,
  MeasureStatusChanged: MeasureStatusChangedDataSchema,
  MeasureAmended: MeasureAmendedDataSchema,
  CommitmentReversed: CommitmentReversedDataSchema,
  EventCorrected: EventCorrectedDataSchema,
  EventRetracted: EventRetractedDataSchema,
} as const;

export type EventType = keyof typeof EVENT_DATA_SCHEMAS;
export const EVENT_TYPES = Object.keys(EVENT_DATA_SCHEMAS) as EventType[];

/** Kinds that state a fact about the world (everything except corrections and retractions). */
export const FACT_TYPES = [
  'PledgeMade',
  'VendorsExcluded',
  'BanEnacted',
  'MeasureStatusChanged',
  'MeasureAmended',
  'CommitmentReversed',
] as const satisfies readonly EventType[];
export type FactType = (typeof FACT_TYPES)[number];

export function isFactType(type: string): type is FactType {
  return (FACT_TYPES as readonly string[]).includes(type);
}

export type PledgeMadeData = z.infer<typeof PledgeMadeDataSchema>;
export type VendorsExcludedData = z.infer<typeof VendorsExcludedDataSchema>;
export type BanEnactedData = z.infer<typeof BanEnactedDataSchema>;
export type MeasureStatusChangedData = z.infer<typeof MeasureStatusChangedDataSchema>;
export type MeasureStatusChange = MeasureStatusChangedData['change'];
export type MeasureAmendedData = z.infer<typeof MeasureAmendedDataSchema>;
export type CommitmentReversedData = z.infer<typeof CommitmentReversedDataSchema>;
export type ReversalTarget = z.infer<typeof ReversalTargetSchema>;
export type EventCorrectedData = z.infer<typeof EventCorrectedDataSchema>;
export type EventRetractedData = z.infer<typeof EventRetractedDataSchema>;
