import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { kafkaSecurityFromEnv } from '@cleannet/event-log';
import { uniqueTopic } from '@cleannet/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/appenders.js';
import { pledge } from './support/events.js';
import { postJson } from './support/http.js';
import { listEvents } from './support/ledger-events.js';
import { LedgerService, TOKENS } from './support/ledger-service.js';
import { OwnSaslBroker } from './support/own-sasl-broker.js';
import { readKafkaLogRecords } from './support/stored-log.js';
import { tempDir } from './support/temp-dir.js';

/**
 * The ledger on a broker reached the way a managed cluster is: TLS with a
 * private CA and a SASL SCRAM-SHA-512 password (infra/kafka/sasl-broker.sh,
 * a broker of this suite's own). The service and the CLI take the same
 * KAFKA_SSL* and KAFKA_SASL* variables.
 */

const cli = join(
  dirname(createRequire(import.meta.url).resolve('@cleannet/client')),
  'cli',
  'bin.js',
);
const topic = uniqueTopic('reliability.sasl');
let broker: OwnSaslBroker;
let clientEnv: Record<string, string>;
const dir = tempDir('sasl-ssl');

beforeAll(async () => {
  broker = await OwnSaslBroker.create();
  await broker.start();
  clientEnv = await broker.clientEnv();
}, 300_000);

afterAll(async () => {
  await broker?.destroy();
  dir.remove();
}, 120_000);

function serviceEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ...clientEnv,
    LEDGER_KAFKA_TOPIC: topic,
    LEDGER_CHANGES_TOPIC: `${topic}.changes`,
    LEDGER_KAFKA_TRANSACTIONAL_ID: `${topic}.writer`,
    LEDGER_TOKENS: TOKENS,
    LEDGER_IMPORT_DATASET: 'false',
    LOG_LEVEL: 'info',
    ...overrides,
  };
}

describe('Kafka over SASL_SSL', () => {
  it(
    'the service appends and reads; the CLI watches regressions with the same settings',
    {
      timeout: 240_000,
    },
    async () => {
      // Given the service on the SASL_SSL listener
      const service = await LedgerService.start({ env: serviceEnv() });
      try {
        // When a pledge and its full reversal are appended
        const reversal = {
          id: 'sasl-reversal-BR',
          type: 'CommitmentReversed',
          subject: 'BR',
          effectiveAt: '2021-06-01',
          effectivePrecision: 'day',
          schemaVersion: 1,
          source: { document: 'reliability-test.txt', confidence: 'medium' },
          data: {
            target: { kind: 'pledge' },
            extent: 'full',
            vendorsReadmitted: ['vendor:huawei'],
          },
        };
        for (const event of [pledge('BR', 'sasl-pledge-BR', '2020-11-10'), reversal]) {
          const answer = await postJson(service.url, '/v1/events', event);
          expect(answer.status, answer.body).toBe(201);
        }

        // Then the service serves them, the topic holds them, and the log never shows the password
        expect((await listEvents(service.url)).map((event) => event.id)).toEqual([
          'sasl-pledge-BR',
          'sasl-reversal-BR',
        ]);
        const records = await readKafkaLogRecords(
          clientEnv.KAFKA_BROKERS!.split(','),
          topic,
          kafkaSecurityFromEnv(clientEnv),
        );
        expect(records.map((record) => record.event.id)).toEqual([
          'sasl-pledge-BR',
          'sasl-reversal-BR',
        ]);
        expect(service.output).toContain('"security":{"tls":true,"sasl":"scram-sha-512"}');
        expect(service.output).not.toContain(clientEnv.KAFKA_SASL_PASSWORD);

        // And `cleannet watch-regressions` with the same variables receives the reversal
        const out = join(dir.path, 'regressions.jsonl');
        const watcher = spawn(
          process.execPath,
          [
            cli,
            'watch-regressions',
            '--topic',
            `${topic}.changes`,
            '--group',
            `${topic}.cli`,
            '--out',
            out,
          ],
          { env: { ...process.env, ...clientEnv }, stdio: ['ignore', 'ignore', 'pipe'] },
        );
        try {
          await waitFor(
            async () => (await readFile(out, 'utf8').catch(() => '')).includes('"BR"'),
            90_000,
            'the regression in the CLI output',
          );
        } finally {
          watcher.kill('SIGTERM');
          await once(watcher, 'close');
        }
        const line = JSON.parse((await readFile(out, 'utf8')).split('\n')[0]!) as {
          subject: string;
          data: { regression: boolean };
        };
        expect(line.subject).toBe('BR');
        expect(line.data.regression).toBe(true);
      } finally {
        await service.stop();
      }
    },
  );

  it(
    "a wrong password stops start-up with the broker's refusal, never the password",
    {
      timeout: 120_000,
    },
    async () => {
      const { code, output } = await LedgerService.expectStartFailure({
        env: serviceEnv({ KAFKA_SASL_PASSWORD: 'not-the-password' }),
      });
      expect(code).toBe(1);
      expect(output).toMatch(/SASL SCRAM SHA512 authentication failed[^"]*invalid credentials/);
      expect(output).not.toContain('not-the-password');
    },
  );

  it('a missing CA file stops start-up naming the variable, before any connection', async () => {
    const { code, output } = await LedgerService.expectStartFailure({
      env: serviceEnv({ KAFKA_SSL_CA_FILE: join(dir.path, 'no-such-ca.pem') }),
    });
    expect(code).toBe(2);
    expect(output).toContain(`KAFKA_SSL_CA_FILE: cannot read ${join(dir.path, 'no-such-ca.pem')}`);
  });
});
