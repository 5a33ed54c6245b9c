/**
 * The ledger API's answers. The projections are the domain's own types
 * (imported for their shape only: nothing of the domain is bundled); the
 * wrappers below are what the routes in apps/ledger-api put around them.
 */
import type {
  CommitmentChange,
  CommitmentStatus,
  LedgerEvent,
  TimelineEntry,
  TrendPoint,
} from '@cleannet/domain';

export type {
  ActorTimeline,
  BlocCoverage,
  Citation,
  CommitmentChange,
  CommittedActor,
  Exposure,
  Figure,
  LedgerEvent,
  MarketEntry,
  Membership,
  StatusClass,
  TimelineEntry,
  TrendPoint,
  VendorExposure,
} from '@cleannet/domain';

/** How precisely a source dates a fact: a month or a year is placed at the end of its period. */
export type DatePrecision = TimelineEntry['effectivePrecision'];

/** `GET /v1/regressions` */
export interface Regressions {
  readonly asOf: string;
  readonly knownAt?: string;
  readonly regressions: readonly CommitmentChange[];
}

/** `GET /v1/trends` */
export interface Trends {
  readonly from: string;
  readonly to: string;
  readonly interval: 'month' | 'quarter' | 'year';
  readonly points: readonly TrendPoint[];
}

/** One row of `GET /v1/actors`: every actor the ledger has a fact about. */
export interface ActorListing {
  readonly id: string;
  readonly kind: 'country' | 'operator' | 'company' | 'bloc' | 'vendor';
  readonly name: string | null;
  readonly commitment: CommitmentStatus;
  readonly joinedOn: string | null;
  readonly measures: number;
}

export interface ActorsAnswer {
  readonly asOf: string;
  readonly actors: readonly ActorListing[];
}

/** An event as `GET /v1/events` lists it: the stored envelope plus its log position. */
export type EventEnvelope = LedgerEvent & { readonly position: number };

export interface EventPage {
  readonly events: readonly EventEnvelope[];
  readonly nextCursor?: number;
}
