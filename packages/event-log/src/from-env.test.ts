import { uniqueTopic } from '@cleannet/testkit';
import type {} from '@cleannet/testkit/kafka-global-setup';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { event, type ContractEvent } from './contract/event-log.contract.js';
import { createEventLogFromEnv, eventLogChoiceFromEnv } from './from-env.js';

const quiet = { warn: () => undefined, error: () => undefined };

describe('choosing the event log from the environment', () => {
  it('uses the file log when KAFKA_BROKERS is unset or empty', () => {
    expect(eventLogChoiceFromEnv({ env: {} })).toEqual({
      adapter: 'file',
      path: resolve('.data/ledger.log'),
    });
    expect(
      eventLogChoiceFromEnv({ env: { KAFKA_BROKERS: ' ', LEDGER_LOG_PATH: '/x/l.log' } }),
    ).toEqual({
      adapter: 'file',
      path: '/x/l.log',
    });
  });

  it('uses Kafka when KAFKA_BROKERS names brokers', () => {
    expect(
      eventLogChoiceFromEnv({
        env: {
          KAFKA_BROKERS: 'a:9092, b:9092',
          LEDGER_KAFKA_TOPIC: 't',
          LEDGER_KAFKA_READ_ONLY: 'true',
        },
      }),
    ).toEqual({
      adapter: 'kafka',
      brokers: ['a:9092', 'b:9092'],
      topic: 't',
      transactionalId: undefined,
      writer: false,
    });
  });

  it('opens a working file log', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'from-env-'));
    const path = join(directory, 'nested', 'ledger.log');
    const log = await createEventLogFromEnv<ContractEvent>({
      env: { LEDGER_LOG_PATH: path },
      logger: quiet,
    });
    await log.append([event('f1', 'BR')]);
    await log.close();
    expect((await stat(path)).size).toBeGreaterThan(0);
    await rm(directory, { recursive: true, force: true });
  });

  it('opens a working Kafka log', async () => {
    const topic = uniqueTopic('event-log.from-env');
    const log = await createEventLogFromEnv<ContractEvent>({
      env: { KAFKA_BROKERS: inject('kafkaBrokers').join(','), LEDGER_KAFKA_TOPIC: topic },
      logger: quiet,
    });
    const { records } = await log.append([event('k1', 'BR')]);
    await log.close();
    expect(records[0]!.position).toBe(0);
  });
});
