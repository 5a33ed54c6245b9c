import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describeKafkaSecurity,
  kafkaSecurityFromEnv,
  KafkaSecurityConfigError,
} from './security-from-env.js';

const dir = mkdtempSync(join(tmpdir(), 'kafka-security-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function pem(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function issuesOf(env: Record<string, string>): string[] {
  try {
    kafkaSecurityFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(KafkaSecurityConfigError);
    return (error as KafkaSecurityConfigError).issues.map((i) => `${i.variable}: ${i.message}`);
  }
  throw new Error('expected the settings to be refused');
}

describe('Kafka TLS and SASL from the environment', () => {
  it('asks for nothing when no variable is set: a plaintext cluster', () => {
    expect(kafkaSecurityFromEnv({})).toEqual({});
    expect(kafkaSecurityFromEnv({ KAFKA_SSL: 'false', KAFKA_SSL_CA_FILE: '' })).toEqual({});
  });

  it('turns TLS on with the system CAs, or with the files given', () => {
    expect(kafkaSecurityFromEnv({ KAFKA_SSL: 'true' })).toEqual({ ssl: true });
    const ca = pem('ca.pem', 'CA');
    const cert = pem('cert.pem', 'CERT');
    const key = pem('key.pem', 'KEY');
    expect(
      kafkaSecurityFromEnv({
        KAFKA_SSL_CA_FILE: ca,
        KAFKA_SSL_CERT_FILE: cert,
        KAFKA_SSL_KEY_FILE: key,
        KAFKA_SSL_KEY_PASSWORD: 'pass',
        KAFKA_SSL_REJECT_UNAUTHORIZED: 'false',
      }),
    ).toEqual({
      ssl: { ca: ['CA'], cert: 'CERT', key: 'KEY', passphrase: 'pass', rejectUnauthorized: false },
    });
  });

  it('reads SASL PLAIN and SCRAM, the mechanism in any case, the password from a file', () => {
    expect(
      kafkaSecurityFromEnv({
        KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
        KAFKA_SASL_USERNAME: 'ledger',
        KAFKA_SASL_PASSWORD: 's3cret',
      }),
    ).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'ledger', password: 's3cret' } });
    expect(
      kafkaSecurityFromEnv({
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: 'ledger',
        KAFKA_SASL_PASSWORD_FILE: pem('password', 'from-file\n'),
      }).sasl,
    ).toEqual({ mechanism: 'plain', username: 'ledger', password: 'from-file' });
  });

  it('names the variable of a missing file, and lists every problem at once', () => {
    expect(
      issuesOf({
        KAFKA_SSL_CA_FILE: join(dir, 'missing-ca.pem'),
        KAFKA_SSL_CERT_FILE: pem('only-cert.pem', 'CERT'),
        KAFKA_SASL_MECHANISM: 'gssapi',
      }),
    ).toEqual([
      'KAFKA_SSL_KEY_FILE: a client certificate needs both KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE',
      `KAFKA_SSL_CA_FILE: cannot read ${join(dir, 'missing-ca.pem')} (ENOENT)`,
      'KAFKA_SASL_MECHANISM: expected one of plain, scram-sha-256, scram-sha-512, got "gssapi"',
    ]);
  });

  it('refuses half a setting rather than connecting without it', () => {
    expect(issuesOf({ KAFKA_SSL: 'ture' })).toEqual([
      'KAFKA_SSL: expected true or false, got "ture"',
    ]);
    expect(issuesOf({ KAFKA_SSL: 'false', KAFKA_SSL_CA_FILE: '/ca.pem' })).toEqual([
      'KAFKA_SSL_CA_FILE: is set but KAFKA_SSL=false turns TLS off',
    ]);
    expect(issuesOf({ KAFKA_SSL_REJECT_UNAUTHORIZED: 'false' })).toEqual([
      'KAFKA_SSL_REJECT_UNAUTHORIZED: is set but TLS is off',
    ]);
    expect(issuesOf({ KAFKA_SASL_USERNAME: 'ledger', KAFKA_SASL_PASSWORD: 'x' })).toEqual([
      'KAFKA_SASL_USERNAME: is set but KAFKA_SASL_MECHANISM is not',
      'KAFKA_SASL_PASSWORD: is set but KAFKA_SASL_MECHANISM is not',
    ]);
    expect(issuesOf({ KAFKA_SASL_MECHANISM: 'scram-sha-256' })).toEqual([
      'KAFKA_SASL_USERNAME: is needed for SASL scram-sha-256',
      'KAFKA_SASL_PASSWORD: is needed for SASL scram-sha-256 (or KAFKA_SASL_PASSWORD_FILE)',
    ]);
  });

  it('never puts a password or a key into an error or a log line', () => {
    const error = (() => {
      try {
        kafkaSecurityFromEnv({ KAFKA_SASL_MECHANISM: 'x', KAFKA_SASL_PASSWORD: 'hunter2' });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message).not.toContain('hunter2');
    const security = kafkaSecurityFromEnv({
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'plain',
      KAFKA_SASL_USERNAME: 'ledger',
      KAFKA_SASL_PASSWORD: 'hunter2',
    });
    expect(JSON.stringify(describeKafkaSecurity(security))).not.toContain('hunter2');
    expect(describeKafkaSecurity(security)).toEqual({ tls: true, sasl: 'plain' });
  });
});
