import type {
  ActorKind,
  ActorTimeline,
  CommitmentChange,
  CommitmentStatus,
  Exposure,
  LedgerEvent,
  Membership,
  TrendInterval,
  TrendPoint,
} from '@cleannet/domain';

/**
 * Response bodies. The service's OpenAPI document describes parameters and
 * problems but not yet its success bodies, so these come from the domain
 * types the service returns.
 */
export type MembershipResponse = Membership;
export type ExposureResponse = Exposure;

export interface TrendsResponse {
  readonly from: string;
  readonly to: string;
  readonly interval: TrendInterval;
  readonly points: readonly TrendPoint[];
}

export interface RegressionsResponse {
  readonly asOf: string;
  readonly knownAt?: string;
  readonly regressions: readonly CommitmentChange[];
}

export interface ActorSummary {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string | null;
  readonly commitment: CommitmentStatus;
  readonly joinedOn: string | null;
  readonly measures: number;
}

export interface ActorsResponse {
  readonly asOf: string;
  readonly knownAt?: string;
  readonly actors: readonly ActorSummary[];
}

export type TimelineResponse = ActorTimeline;

/** A stored event: the CloudEvent with its log position. */
export type StoredEventResponse = LedgerEvent & { readonly position: number };

export interface EventsPage {
  readonly events: readonly StoredEventResponse[];
  /** Present when there are more events: pass it as `cursor`. */
  readonly nextCursor?: number;
}
