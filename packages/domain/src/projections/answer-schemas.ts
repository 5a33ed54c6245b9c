import { z } from 'zod';
import { CitationSchema } from '../events/citation.js';
import { PrecisionSchema } from '../events/dates.js';
import { EVENT_DATA_SCHEMAS, FACT_TYPES } from '../events/kinds.js';
import { MARKET_STATUSES } from '../model/market.js';
import type { CommitmentChange } from './changes.js';
import type { Exposure } from './exposure.js';
import type { Membership } from './membership.js';
import type { ActorTimeline } from './timeline.js';
import type { TrendPoint } from './trends.js';

/*
 * The answers of the projections as zod schemas: the service's API
 * documents are generated from them, and tests parse real answers with them
 * (strict objects), so a field added to an answer and not here fails a test
 * instead of going undocumented. `satisfies` ties each to its interface.
 */

const day = z.string().describe('a calendar day, YYYY-MM-DD');
const instant = z.string().describe('an ISO 8601 UTC instant');
const share = z.number().nullable().describe('a fraction of the world total; null without one');
const marketStatus = z.enum(MARKET_STATUSES);

/** One value per market status, every status present (an object, so JSON Schema lists them). */
function byMarketStatus<T extends z.ZodType>(value: T) {
  return z.strictObject(
    Object.fromEntries(MARKET_STATUSES.map((status) => [status, value])) as Record<
      (typeof MARKET_STATUSES)[number],
      T
    >,
  );
}

export const FigureSchema = z.strictObject({
  value: z.number(),
  year: z.int().describe('the year the figure is for (earlier than asked when that year had none)'),
});

const ActorCountsSchema = z.strictObject({
  country: z.int(),
  operator: z.int(),
  company: z.int(),
  bloc: z.int(),
  total: z.int(),
});

export const CommitmentChangeSchema = z
  .strictObject({
    actorId: z.string(),
    effectiveOn: day.describe('the day it takes effect on the timeline'),
    effectivePrecision: PrecisionSchema.describe(
      'how precisely the cause is dated; a month or year is placed at the end of its period',
    ),
    causeEventId: z.string(),
    causeType: z.enum(FACT_TYPES),
    source: CitationSchema,
    dimension: z.enum(['commitment', 'measure']),
    measureId: z.string().optional(),
    before: z
      .string()
      .describe(
        'commitment: none/member/weakened/reversed; measure: none/active/suspended/lifted/reversed',
      ),
    after: z.string(),
    narrowed: z.boolean().optional(),
    vendorsReadmitted: z.array(z.string()).optional(),
    regression: z.boolean(),
  })
  .describe(
    "A derived change of an actor's status, with its cause",
  ) satisfies z.ZodType<CommitmentChange>;

export const MembershipSchema = z
  .strictObject({
    asOf: day,
    knownAt: instant.optional(),
    committed: z.array(
      z.strictObject({
        actorId: z.string(),
        kind: z.enum(['country', 'operator', 'company', 'bloc']),
        name: z.string().optional(),
        status: z.enum(['member', 'weakened']),
        joined: day.describe('the day the current membership began'),
        joinEventId: z.string(),
        ordinal: z.int().describe('1 for the earliest joiner still committed, and so on'),
        gdpUsd: FigureSchema.optional(),
        subscribers: z.strictObject({ count: z.number(), year: z.int() }).optional(),
      }),
    ),
    counts: ActorCountsSchema,
    gdp: z.strictObject({
      committedUsd: z.number(),
      worldUsd: z.number(),
      share,
      year: z.int(),
    }),
    subscribers: z.strictObject({ covered: z.number(), operatorsWithFigure: z.int() }),
    blocs: z.array(
      z.strictObject({
        blocId: z.string(),
        name: z.string(),
        members: z.int(),
        committed: z.int(),
        label: z.string().describe('"26 of 27"'),
        committedMembers: z.array(z.string()),
        uncommittedMembers: z.array(z.string()),
        blocCommitted: z.boolean(),
      }),
    ),
    missing: z
      .strictObject({ gdp: z.array(z.string()), subscribers: z.array(z.string()) })
      .describe('committed actors without a reference figure: never counted as zero'),
  })
  .describe(
    'Who was committed on asOf, as the ledger knew it at knownAt',
  ) satisfies z.ZodType<Membership>;

const StatusClassSchema = z.strictObject({
  markets: z.array(
    z.strictObject({
      country: z.string(),
      status: marketStatus,
      measureIds: z.array(z.string()),
      deadline: day.optional(),
      gdpUsd: FigureSchema.optional(),
      subscriptions: FigureSchema.optional(),
    }),
  ),
  count: z.int(),
  gdpUsd: z.number(),
  gdpShare: share,
  subscriptions: z.number(),
  subscriptionsShare: share,
  missing: z.strictObject({ gdp: z.array(z.string()), subscriptions: z.array(z.string()) }),
});

export const ExposureSchema = z
  .strictObject({
    asOf: day,
    knownAt: instant.optional(),
    year: z.int(),
    vendors: z.array(
      z.strictObject({
        vendorId: z.string(),
        byStatus: byMarketStatus(StatusClassSchema),
      }),
    ),
  })
  .describe('Per vendor, the markets in each class on asOf') satisfies z.ZodType<Exposure>;

export const ActorTimelineSchema = z
  .strictObject({
    actorId: z.string(),
    asOf: day,
    knownAt: instant.optional(),
    events: z.array(
      z.strictObject({
        eventId: z.string(),
        type: z.enum(FACT_TYPES),
        effectiveAt: z.string(),
        effectivePrecision: PrecisionSchema,
        effectiveOn: day,
        recordedAt: instant,
        correctedBy: z.string().optional(),
        source: CitationSchema,
        // Kinds that share a data schema (exclusions and bans) list it once.
        data: z.union([...new Set(FACT_TYPES.map((type) => EVENT_DATA_SCHEMAS[type]))]),
      }),
    ),
    changes: z.array(CommitmentChangeSchema),
    status: z.strictObject({
      commitment: z.enum(['none', 'member', 'weakened', 'reversed']),
      joined: day.optional(),
      measures: z.array(
        z.strictObject({
          measureId: z.string(),
          status: z.enum(['active', 'suspended', 'lifted', 'reversed']),
        }),
      ),
    }),
  })
  .describe(
    "An actor's events in effect and the status changes they caused",
  ) satisfies z.ZodType<ActorTimeline>;

export const TrendPointSchema = z
  .strictObject({
    asOf: day,
    members: ActorCountsSchema,
    gdpShare: share,
    subscribersCovered: z.number(),
    exposure: z.array(
      z.strictObject({
        vendorId: z.string(),
        markets: byMarketStatus(z.int()),
        gdpShare: byMarketStatus(share),
        subscriptionsShare: byMarketStatus(share),
      }),
    ),
  })
  .describe('Membership and exposure figures at one date') satisfies z.ZodType<TrendPoint>;
