import { describe, expect, it } from 'vitest';
import { uniqueTopic } from './unique-topic.js';

describe('uniqueTopic', () => {
  it('never repeats a name, even within one millisecond', () => {
    const names = Array.from({ length: 2_000 }, () => uniqueTopic('smoke'));
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the prefix and only characters Kafka accepts, within its length limit', () => {
    const name = uniqueTopic('cleannet.ledger-test');
    expect(name.startsWith('cleannet.ledger-test.')).toBe(true);
    expect(name).toMatch(/^[a-zA-Z0-9.-]+$/);
    expect(name.length).toBeLessThanOrEqual(249);
  });

  it('rejects prefixes Kafka would refuse or that collide in metric names', () => {
    expect(() => uniqueTopic('')).toThrow();
    expect(() => uniqueTopic('has space')).toThrow();
    expect(() => uniqueTopic('under_score')).toThrow();
  });
});
