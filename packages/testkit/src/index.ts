export { ApiKey, fetchApiVersions } from './api-versions.js';
export type { BrokerApiVersions, VersionRange } from './api-versions.js';
export { parseBrokerList } from './broker-list.js';
export { createKafka } from './create-kafka.js';
export { ensureKafka } from './ensure-kafka.js';
export type { KafkaConnection } from './ensure-kafka.js';
export { localBroker, runningLocalClusterId } from './local-broker.js';
export type { LocalBroker } from './local-broker.js';
export { uniqueTopic } from './unique-topic.js';
