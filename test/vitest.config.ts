import { workspaceTestConfig } from '../vitest.shared.ts';

export default workspaceTestConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'bench/**'],
    // Starts the local broker once for the run (or takes KAFKA_BROKERS) and
    // hands its address to every suite through inject('kafkaBrokers').
    globalSetup: ['@cleannet/testkit/kafka-global-setup'],
  },
});
