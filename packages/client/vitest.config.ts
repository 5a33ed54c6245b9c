import { workspaceTestConfig } from '../../vitest.shared.ts';

// Subscriptions are tested against a real broker: the global setup starts the
// local one (infra/kafka) unless KAFKA_BROKERS names another.
export default workspaceTestConfig({
  test: { globalSetup: ['@cleannet/testkit/kafka-global-setup'] },
});
