import { inject, describe, expect, it } from 'vitest';
import { uniqueTopic } from '@cleannet/testkit';
import { crashCycle, type CrashCycleResult } from './support/crash-cycle.js';
import { TOKENS } from './support/ledger-service.js';
import { readFileLogRecords, readKafkaLogRecords } from './support/stored-log.js';
import { tempDir } from './support/temp-dir.js';

/**
 * kill -9 while 20 clients append, then restart: see support/crash-cycle.ts
 * for what is checked after every crash. The kill lands after a varying
 * number of acknowledgements so it hits different moments of the group
 * commit. RELIABILITY_CRASH_CYCLES overrides the count (npm run soak).
 */

const CYCLES = Number(process.env.RELIABILITY_CRASH_CYCLES ?? 10);
const killAfter = (cycle: number) => 10 + ((cycle * 37) % 60);
const common = {
  LEDGER_TOKENS: TOKENS,
  LEDGER_WRITE_RATE_LIMIT: '1000000',
  LOG_LEVEL: 'error',
};

function summary(results: CrashCycleResult[]): string {
  const sum = (key: keyof CrashCycleResult) => results.reduce((total, r) => total + r[key], 0);
  return `${results.length} crashes: ${sum('acknowledged')} acknowledged, ${sum('refused')} refused, ${sum('unknown')} unanswered (${sum('unknownStored')} of them stored)`;
}

describe('kill -9 during concurrent appends', () => {
  it(
    `file log: ${CYCLES} crashes lose no acknowledged event and store no refused one`,
    { timeout: 600_000 },
    async () => {
      const results: CrashCycleResult[] = [];
      for (let cycle = 0; cycle < CYCLES; cycle += 1) {
        const dir = tempDir('crash-file');
        try {
          results.push(
            await crashCycle({
              env: { ...common, LEDGER_DATA_DIR: dir.path },
              prefix: `crash-file-${cycle}`,
              killAfterAcks: killAfter(cycle),
              readLog: () => readFileLogRecords(dir.path),
            }),
          );
        } finally {
          dir.remove();
        }
      }
      console.log(`file log: ${summary(results)}`);
      expect(results).toHaveLength(CYCLES);
    },
  );

  it(
    `Kafka: ${CYCLES} crashes lose no acknowledged event and store no refused one`,
    { timeout: 900_000 },
    async () => {
      const brokers = inject('kafkaBrokers');
      const results: CrashCycleResult[] = [];
      for (let cycle = 0; cycle < CYCLES; cycle += 1) {
        const topic = uniqueTopic('reliability.crash');
        results.push(
          await crashCycle({
            env: {
              ...common,
              KAFKA_BROKERS: brokers.join(','),
              LEDGER_KAFKA_TOPIC: topic,
              LEDGER_CHANGES_TOPIC: `${topic}.changes`,
              LEDGER_KAFKA_TRANSACTIONAL_ID: `${topic}.writer`,
            },
            prefix: `crash-kafka-${cycle}`,
            killAfterAcks: killAfter(cycle),
            readLog: () => readKafkaLogRecords(brokers, topic),
          }),
        );
      }
      console.log(`Kafka: ${summary(results)}`);
      expect(results).toHaveLength(CYCLES);
    },
  );
});
