// The names other packages use, listed one by one: what is not here is internal.

// Time: days, instants, partial dates.
export { addDays, dayFromNumber, dayNumber } from './time/day.js';
export { instantMillis, type Instant } from './time/instant.js';
export { placedDayNumber, placeOnTimeline, type Precision } from './time/partial-date.js';

// The event catalogue and its schemas.
export { actorKindOf, ActorIdSchema, VendorIdSchema, type ActorKind } from './events/actor-ids.js';
export { MAX_ID_LENGTH } from './events/bounds.js';
export { CitationSchema, type Citation } from './events/citation.js';
export { DaySchema, PrecisionSchema } from './events/dates.js';
export {
  LedgerEventSchema,
  PROPOSED_EVENT_FIELDS,
  ProposedEventSchema,
  type LedgerEvent,
  type LedgerEventOf,
  type ProposedEvent,
  type ProposedEventOf,
  toLedgerEvent,
} from './events/envelope.js';
export {
  EVENT_TYPES,
  FACT_TYPES,
  isFactType,
  type CommitmentReversedData,
  type EventType,
  type MeasureAmendedData,
  type MeasureStatusChangedData,
  type PledgeMadeData,
} from './events/kinds.js';
export type { Measure, NetworkPart, Scope, VendorSelector } from './events/measure.js';
export { describeIssues, parseProposedEvent } from './events/parse.js';

// The decider: commands to events.
export { commandFor } from './decider/commands.js';
export { decide } from './decider/decide.js';
export type { DomainError } from './decider/errors.js';
export {
  evolve,
  initialState,
  measureStatusOf,
  pledgeStatusOf,
  type DeciderState,
} from './decider/state.js';

// Statuses and projections: the answers, and the replay they are defined by.
export type { CommitmentStatus } from './model/actor-state.js';
export { MARKET_STATUSES } from './model/market.js';
export { type CommitmentChange } from './projections/changes.js';
export type { MarketEntry } from './projections/exposure-columns.js';
export type { Exposure, StatusClass, VendorExposure } from './projections/exposure.js';
export type { Figure } from './projections/figures.js';
export {
  ActorTimelineSchema,
  CommitmentChangeSchema,
  ExposureSchema,
  MembershipSchema,
  TrendPointSchema,
} from './projections/answer-schemas.js';
export { flattenRow, flatTable, type FlatCell } from './projections/flat-row.js';
export { neutraliseFormula } from './projections/spreadsheet-safe.js';
export {
  nameOf,
  type BlocCoverage,
  type CommittedActor,
  type Membership,
} from './projections/membership.js';
export {
  parseReferenceData,
  type Provenance,
  type ReferenceData,
} from './projections/reference-data.js';
export { indexReference, type ReferenceIndex } from './projections/reference-index.js';
export {
  replayActors,
  replayExposure,
  replayMembership,
  replayRegressions,
  replayTimeline,
  replayTrends,
} from './projections/replay.js';
export type { ActorTimeline, TimelineEntry } from './projections/timeline.js';
export {
  trendDates,
  type TrendInterval,
  type TrendPoint,
  type TrendQuery,
} from './projections/trends.js';
export type { AsOfQuery, LedgerView } from './projections/view.js';

/*
 * The building blocks of @cleannet/ledger-index: the fold of an actor's
 * facts and the answer shapes, which the index computes from its own
 * structures instead of from a replay.
 */
export { dayNumberFromParts, daysInMonth } from './time/day.js';
export type { EventCorrectedData, EventRetractedData, FactType } from './events/kinds.js';
export {
  emptyActorState,
  isCommitted,
  nextActorState,
  stepActor,
  type ActorState,
  type MeasureState,
  type StatusChange,
} from './model/actor-state.js';
export { digestOfData, measureIdOfData } from './model/fact-digest.js';
export {
  compareFacts,
  correctedFact,
  internedEventType,
  isFactEvent,
  type Fact,
} from './model/fact.js';
export {
  clearBarringAt,
  combineBarringAt,
  computeMeasureEffect,
  updatedMeasureEffect,
  VendorNumbers,
  type MeasureEffect,
} from './model/market.js';
export { toCommitmentChange } from './projections/changes.js';
export { marketColumns, type MarketColumns } from './projections/exposure-columns.js';
export {
  barringSummary,
  exposureAnswer,
  exposureFromSummaries,
  NO_BARRING,
  type ActorBarring,
  type ForEachStateWithBarring,
} from './projections/exposure.js';
export {
  byJoinOrder,
  committedEntryParts,
  membershipAnswer,
  membershipOf,
  type CommittedEntryParts,
} from './projections/membership.js';
export { SortedMerge } from './projections/merge-sorted.js';
export { timelineOf } from './projections/timeline.js';
export { trendPointOf } from './projections/trends.js';
export { VendorRow } from './projections/vendor-rows.js';
