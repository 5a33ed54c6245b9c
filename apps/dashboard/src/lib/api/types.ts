/**
 * The parts of the ledger API's answers the dashboard reads. They mirror the
 * domain's projection types (packages/domain/src/projections) structurally;
 * once @cleannet/domain exports them, these become `import type` re-exports.
 */
import type { CommitmentStatus, MarketStatus } from '../palette/status.ts';

export interface Figure {
  readonly value: number;
  readonly year: number;
}

export type CommittedKind = 'country' | 'operator' | 'company' | 'bloc';

export interface CommittedActor {
  readonly actorId: string;
  readonly kind: CommittedKind;
  readonly name?: string;
  readonly status: Extract<CommitmentStatus, 'member' | 'weakened'>;
  readonly joined: string;
  readonly joinEventId: string;
  readonly ordinal: number;
  readonly gdpUsd?: Figure;
  readonly subscribers?: { readonly count: number; readonly year: number };
}

export interface BlocCoverage {
  readonly blocId: string;
  readonly name: string;
  readonly members: number;
  readonly committed: number;
  readonly label: string;
  readonly committedMembers: readonly string[];
  readonly uncommittedMembers: readonly string[];
  readonly blocCommitted: boolean;
}

export interface Membership {
  readonly asOf: string;
  readonly knownAt?: string;
  readonly committed: readonly CommittedActor[];
  readonly counts: Readonly<Record<CommittedKind | 'total', number>>;
  readonly gdp: {
    readonly committedUsd: number;
    readonly worldUsd: number;
    readonly share: number | null;
    readonly year: number;
  };
  readonly subscribers: { readonly covered: number; readonly operatorsWithFigure: number };
  readonly blocs: readonly BlocCoverage[];
  readonly missing: { readonly gdp: readonly string[]; readonly subscribers: readonly string[] };
}

export interface MarketEntry {
  readonly country: string;
  readonly status: MarketStatus;
  readonly deadline?: string;
  readonly measureIds: readonly string[];
  readonly gdpUsd?: Figure;
  readonly subscriptions?: Figure;
}

export interface StatusClass {
  readonly markets: readonly MarketEntry[];
  readonly count: number;
  readonly gdpUsd: number;
  readonly gdpShare: number | null;
  readonly subscriptions: number;
  readonly subscriptionsShare: number | null;
  readonly missing: { readonly gdp: readonly string[]; readonly subscriptions: readonly string[] };
}

export interface VendorExposure {
  readonly vendorId: string;
  readonly byStatus: Readonly<Record<MarketStatus, StatusClass>>;
}

export interface Exposure {
  readonly asOf: string;
  readonly knownAt?: string;
  readonly year: number;
  readonly vendors: readonly VendorExposure[];
}

export interface Citation {
  readonly document: string;
  readonly refs?: readonly string[];
  readonly url?: string;
  readonly quote?: string;
  readonly confidence: 'high' | 'medium' | 'low';
  readonly derivedFromAggregate?: string;
  readonly note?: string;
}

/** A derived change of status with its cause (regressions, actor timelines, the live stream). */
export interface StatusChange {
  readonly actorId: string;
  readonly actorName?: string;
  /** The day it took effect, YYYY-MM-DD. */
  readonly effectiveAt: string;
  readonly causeEventId: string;
  readonly causeType: string;
  readonly source: Citation;
  readonly dimension: 'commitment' | 'measure';
  readonly measureId?: string;
  readonly before: string;
  readonly after: string;
  readonly vendorsReadmitted?: readonly string[];
  readonly regression: boolean;
}

export interface Regressions {
  readonly asOf: string;
  readonly regressions: readonly StatusChange[];
}

/** One month of the trends series. */
export interface TrendPeriod {
  /** The last day of the period: the as-of day its figures are for. */
  readonly asOf: string;
  readonly counts: Readonly<Record<CommittedKind | 'total', number>>;
  readonly gdpShare: number | null;
  readonly subscribersCovered: number;
}

export interface Trends {
  readonly from: string;
  readonly to: string;
  readonly interval: 'month' | 'quarter' | 'year';
  readonly periods: readonly TrendPeriod[];
}

export interface ActorSummary {
  readonly id: string;
  readonly kind: CommittedKind | 'vendor';
  readonly name: string;
  /** Countries: the numeric ISO code world-atlas uses (null for Kosovo). */
  readonly numeric?: string | null;
  readonly homeCountry?: string;
}

export interface ActorTimelineEntry {
  readonly eventId: string;
  readonly type: string;
  readonly effectiveAt: string;
  readonly effectivePrecision: 'day' | 'month' | 'year';
  readonly recordedAt: string;
  readonly source: Citation;
  readonly data: Readonly<Record<string, unknown>>;
  /** The statuses this event implies for the actor. */
  readonly changes: readonly StatusChange[];
}

export interface ActorTimeline {
  readonly actor: ActorSummary;
  readonly entries: readonly ActorTimelineEntry[];
}

/** A stored event as `GET /v1/events` lists it (the domain's `LedgerEvent`). */
export interface LedgerEvent {
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly effectiveAt: string;
  readonly effectivePrecision: 'day' | 'month' | 'year';
  readonly recordedAt: string;
  readonly source: Citation;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface StoredEvent {
  readonly position: number;
  readonly event: LedgerEvent;
}

export interface EventPage {
  readonly events: readonly StoredEvent[];
  readonly nextCursor?: number;
}
