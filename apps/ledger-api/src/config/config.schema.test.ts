import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.schema.js';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.KAFKA_BROKERS).toEqual([]);
    expect(config.LEDGER_TOKENS).toEqual([]);
    expect(config.LEDGER_PRIVATE_READS).toBe(false);
    expect(config.LEDGER_DATA_DIR).toMatch(/\.data$/);
  });

  it('splits the broker list and parses flags', () => {
    const config = loadConfig({
      KAFKA_BROKERS: ' 127.0.0.1:9092, localhost:9093 ',
      LEDGER_PRIVATE_READS: 'true',
    });
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', 'localhost:9093']);
    expect(config.LEDGER_PRIVATE_READS).toBe(true);
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', KAFKA_BROKERS: 'nohostport', LEDGER_TOKENS: 'abcdefgh=admin' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('KAFKA_BROKERS');
    expect(message).toContain('unknown role "admin"');
  });
});

describe('loadConfig: Kafka security and topic settings', () => {
  it('keeps the single-broker behaviour when nothing is set', () => {
    const config = loadConfig({});
    expect(config.kafkaSecurity).toEqual({});
    expect(config.LEDGER_KAFKA_REPLICATION_FACTOR).toBeUndefined();
    expect(config.LEDGER_KAFKA_MIN_INSYNC_REPLICAS).toBeUndefined();
    expect(config.LEDGER_CHANGES_PARTITIONS).toBe(1);
  });

  it('reads TLS and SASL, and lists their problems with the others, without the password', () => {
    expect(
      loadConfig({
        KAFKA_SSL: 'true',
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'ledger',
        KAFKA_SASL_PASSWORD: 'hunter2',
      }).kafkaSecurity,
    ).toEqual({
      ssl: true,
      sasl: { mechanism: 'scram-sha-512', username: 'ledger', password: 'hunter2' },
    });
    expect(() =>
      loadConfig({
        PORT: 'eighty',
        KAFKA_SSL_CA_FILE: '/nonexistent/ca.pem',
        KAFKA_SASL_PASSWORD: 'hunter2',
      }),
    ).toThrow(
      /PORT: [^\n]+\n {2}KAFKA_SSL_CA_FILE: cannot read \/nonexistent\/ca.pem \(ENOENT\)\n {2}KAFKA_SASL_PASSWORD: is set but KAFKA_SASL_MECHANISM is not$/,
    );
  });
});
