export type {
  AppendOptions,
  AppendResult,
  EventLog,
  LogRecord,
  LoggableEvent,
  LogStatus,
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
export { openKafkaLog } from './kafka/kafka-log.js';
export { ledgerTopic, type KafkaLogOptions } from './kafka/kafka-options.js';
export { createdOrExists, ledgerTopicConfig } from './kafka/ledger-topic.js';
export { topicReplicationFields, type TopicReplication } from './kafka/topic-replication.js';
export {
  describeKafkaSecurity,
  kafkaSecurityFromEnv,
  KafkaSecurityConfigError,
  type KafkaSecurity,
  type KafkaSettingIssue,
} from './kafka/security-from-env.js';
export {
  createEventLogFromEnv,
  eventLogChoiceFromEnv,
  type EventLogChoice,
  type EventLogFromEnvOptions,
} from './from-env.js';
export { runRepairCommand, repairUsage } from './cli/repair-command.js';
