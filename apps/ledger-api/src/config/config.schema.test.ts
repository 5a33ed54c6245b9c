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
