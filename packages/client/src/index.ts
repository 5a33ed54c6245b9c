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
