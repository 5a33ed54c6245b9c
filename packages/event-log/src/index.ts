export type {
  AppendOptions,
  AppendResult,
  EventLog,
  LogRecord,
  LoggableEvent,
  ReadOptions,
  RecordHandler,
  SubscribeOptions,
  Subscription,
} from './event-log.js';
export {
  DuplicateEventMix,
  EventLogError,
  LogClosed,
  LogCorrupted,
  LogLocked,
  LogUnavailable,
  VersionConflict,
  WriterFenced,
} from './errors.js';
export type { EventLogLogger } from './logger.js';
export { stderrLogger } from './logger.js';
export { openFileLog, type FileLogOptions } from './file/file-log.js';
export { repairFileLog, type QuarantinedRegion, type RepairReport } from './file/repair.js';
