import { describe, expect, it } from 'vitest';
import { parseBrokerList, splitAddress } from './broker-list.js';

describe('parseBrokerList', () => {
  it('reads a comma-separated list, trimming blanks', () => {
    expect(parseBrokerList(' a.example:9092, 127.0.0.1:19092 ,,')).toEqual([
      'a.example:9092',
      '127.0.0.1:19092',
    ]);
  });

  it('treats an unset or blank value as no brokers', () => {
    expect(parseBrokerList(undefined)).toEqual([]);
    expect(parseBrokerList('  ')).toEqual([]);
  });

  it('rejects an entry without a port', () => {
    expect(() => parseBrokerList('kafka')).toThrow(/not host:port/);
  });
});

describe('splitAddress', () => {
  it('splits host and port, including bracketed IPv6', () => {
    expect(splitAddress('127.0.0.1:9092')).toEqual({ host: '127.0.0.1', port: 9092 });
    expect(splitAddress('[::1]:9093')).toEqual({ host: '::1', port: 9093 });
  });

  it('rejects an address without a valid port', () => {
    expect(() => splitAddress('kafka:0')).toThrow(/not host:port/);
    expect(() => splitAddress(':9092')).toThrow(/not host:port/);
  });
});
