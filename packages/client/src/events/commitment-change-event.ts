import {
  CitationSchema,
  FACT_TYPES,
  PrecisionSchema,
  type CommitmentChange,
} from '@cleannet/domain';
import { z } from 'zod';

/** The CloudEvents `type` of a commitment change. */
export const COMMITMENT_CHANGE_TYPE = 'org.cleannet.commitment-change.v1';
/** The Kafka topic the service publishes commitment changes to, keyed by actor. */
export const COMMITMENT_CHANGES_TOPIC = 'cleannet.commitment-changes.v1';
export const COMMITMENT_CHANGE_SOURCE = '/cleannet/ledger';

const changeShape = {
  actorId: z.string().min(1),
  effectiveOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  // Changes published before the field existed were all read as exact days.
  effectivePrecision: PrecisionSchema.default('day'),
  causeEventId: z.string().min(1),
  causeType: z.enum(FACT_TYPES),
  source: CitationSchema,
  dimension: z.enum(['commitment', 'measure']),
  measureId: z.string().optional(),
  before: z.string(),
  after: z.string(),
  narrowed: z.boolean().optional(),
  vendorsReadmitted: z.array(z.string()).readonly().optional(),
  regression: z.boolean(),
};

/**
 * The domain's CommitmentChange. A loose object: fields a later version adds
 * reach the handler instead of failing validation.
 */
export const CommitmentChangeSchema = z.looseObject(changeShape);

/** A commitment change as a CloudEvents 1.0 JSON envelope. */
export const CommitmentChangeEventSchema = z.looseObject({
  specversion: z.literal('1.0'),
  /**
   * The change id, `<position>.<index>.<digest>`: the same on every delivery
   * and transport (the SSE id). See docs/subscribing.md.
   */
  id: z.string().min(1),
  type: z.literal(COMMITMENT_CHANGE_TYPE),
  source: z.string().min(1),
  /** The actor id, also the Kafka message key. */
  subject: z.string().min(1),
  /** recordedAt of the cause event; absent on SSE, which does not carry it. */
  time: z.iso.datetime({ offset: true }).optional(),
  datacontenttype: z.string().optional(),
  /** Only on changes published before change ids: the id as a number. */
  sequence: z.number().int().positive().optional(),
  data: CommitmentChangeSchema,
});

export type CommitmentChangeData = z.output<typeof CommitmentChangeSchema>;
export type CommitmentChangeEvent = z.output<typeof CommitmentChangeEventSchema>;

// The schema and the domain type must describe the same change: these fail to compile if they part.
type ExactChange = z.output<z.ZodObject<typeof changeShape>>;
const _domainToSchema = (change: CommitmentChange): ExactChange => change;
const _schemaToDomain = (change: ExactChange): CommitmentChange => change;
void _domainToSchema;
void _schemaToDomain;

/** Wraps a change and its id in its CloudEvent, as the service publishes it. */
export function toCommitmentChangeEvent(
  id: string,
  change: CommitmentChangeData,
  time?: string,
): CommitmentChangeEvent {
  return {
    specversion: '1.0',
    id,
    type: COMMITMENT_CHANGE_TYPE,
    source: COMMITMENT_CHANGE_SOURCE,
    subject: change.actorId,
    ...(time === undefined ? {} : { time }),
    datacontenttype: 'application/json',
    data: change,
  };
}
