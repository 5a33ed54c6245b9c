export {
  createLedgerClient,
  type LedgerClient,
  type LedgerClientOptions,
  type MembershipQuery,
  type ExposureQuery,
  type TrendsQuery,
  type RegressionsQuery,
  type ActorsQuery,
  type TimelineQuery,
  type EventsQuery,
  type TabularPath,
} from './rest/ledger-client.js';
export {
  ProblemError,
  LedgerUnreachableError,
  type Problem,
  type ProblemFieldError,
} from './rest/problem-error.js';
export type * from './rest/responses.js';
export type { paths as LedgerApiPaths } from './generated/api.js';
export {
  COMMITMENT_CHANGE_TYPE,
  COMMITMENT_CHANGES_TOPIC,
  COMMITMENT_CHANGE_SOURCE,
  CommitmentChangeSchema,
  CommitmentChangeEventSchema,
  toCommitmentChangeEvent,
  type CommitmentChangeData,
  type CommitmentChangeEvent,
} from './events/commitment-change-event.js';
export { changeMatches, type ChangeFilter } from './events/change-filter.js';
export { createDeduplicator, type Deduplicator } from './events/dedupe.js';
export { subscribeKafka, type KafkaSubscriptionOptions } from './subscribe/kafka-subscription.js';
export {
  subscribeSse,
  ResyncRequired,
  type ResyncNotice,
  type SseSubscriptionOptions,
} from './subscribe/sse-subscription.js';
export { subscribe, type SubscribeOptions } from './subscribe/subscribe.js';
export {
  DEAD_LETTER_HEADERS,
  deadLetterTopicFor,
  type DeadLetter,
  type DeadLetterReason,
} from './subscribe/dead-letter.js';
export type { BackoffOptions } from './subscribe/backoff.js';
export type {
  ChangeHandler,
  DeliveryContext,
  DeliveryOrigin,
  RetryOptions,
  Subscription,
} from './subscribe/handler.js';
export {
  startRegressionSubscriber,
  type RegressionSubscriberOptions,
} from './examples/regressions-to-file.js';
export { runCli } from './cli/program.js';
