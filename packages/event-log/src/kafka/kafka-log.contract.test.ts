import { uniqueTopic } from '@cleannet/testkit';
import type {} from '@cleannet/testkit/kafka-global-setup';
import { inject } from 'vitest';
import { describeEventLogContract, type ContractEvent } from '../contract/event-log.contract.js';
import { openKafkaLog } from './kafka-log.js';

const quiet = { warn: () => undefined, error: () => undefined };

describeEventLogContract('Kafka log', async () => {
  const topic = uniqueTopic('event-log.contract');
  return {
    open: () =>
      openKafkaLog<ContractEvent>({
        brokers: inject('kafkaBrokers'),
        topic,
        transactionalId: `${topic}.writer`,
        logger: quiet,
      }),
  };
});
