import type { LedgerEvent } from '@cleannet/domain';
import { describe, expect, it } from 'vitest';
import { createAnswerCache } from './answer-cache.js';
import { asOfScope } from './answer-scope.js';

const pledge = (subject: string, effectiveAt: string) =>
  ({
    id: `p-${subject}-${effectiveAt}`,
    type: 'PledgeMade',
    subject,
    effectiveAt,
    effectivePrecision: 'day',
    recordedAt: '2026-01-01T00:00:00.000Z',
  }) as LedgerEvent;

function answer(body: string, asOf: string) {
  return {
    body: Buffer.from(body),
    contentType: 'application/json; charset=utf-8',
    route: '/v1/membership',
    scope: asOfScope({ asOf }),
  };
}

describe('the answer cache', () => {
  it('keeps an answer until an applied event may change it', () => {
    const cache = createAnswerCache({ maxBytes: 1000 });
    cache.set('a', answer('{"a":1}', '2021-01-01'), cache.generation);
    cache.set('b', answer('{"b":1}', '2022-01-01'), cache.generation);
    cache.observe(pledge('BR', '2021-06-01'));
    expect(cache.get('a')?.body.toString()).toBe('{"a":1}');
    expect(cache.get('b')).toBeUndefined();
  });

  it('keeps an answer across any number of events that changed no state', () => {
    const cache = createAnswerCache({ maxBytes: 1000 });
    cache.set('b', answer('{"b":1}', '2022-01-01'), cache.generation);
    // More than a journal block of them, so the block summaries decide too.
    for (let n = 0; n < 200; n += 1) cache.observe(pledge('BR', `2021-06-${10 + (n % 10)}`), false);
    expect(cache.get('b')?.body.toString()).toBe('{"b":1}');
    cache.observe(pledge('RO', '2021-06-01'), true);
    expect(cache.get('b')).toBeUndefined();
  });

  it('checks an answer computed before events were applied against those events', () => {
    const cache = createAnswerCache({ maxBytes: 1000 });
    const generation = cache.generation;
    cache.observe(pledge('BR', '2030-01-01'));
    cache.observe(pledge('RO', '2021-06-01'));
    const sent = cache.set('early', answer('{}', '2021-01-01'), generation);
    expect(sent.body.toString()).toBe('{}');
    expect(cache.get('early')).toBeDefined();
    cache.set('late', answer('{}', '2022-01-01'), generation);
    // RO's pledge, applied after the answer was computed, is placed before its asOf.
    expect(cache.get('late')).toBeUndefined();
  });
  it('stays within its byte bound, least recently used out first', () => {
    const cache = createAnswerCache({ maxBytes: 25 });
    cache.set('a', answer('x'.repeat(10), '2021-01-01'), cache.generation);
    cache.set('b', answer('y'.repeat(10), '2021-01-01'), cache.generation);
    cache.get('a');
    cache.set('c', answer('z'.repeat(10), '2021-01-01'), cache.generation);
    expect(cache.bytes).toBeLessThanOrEqual(25);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('makes room by dropping answers an event may have changed before live ones', () => {
    const cache = createAnswerCache({ maxBytes: 25 });
    cache.set('live', answer('x'.repeat(10), '2021-01-01'), cache.generation);
    cache.set('dead', answer('y'.repeat(10), '2022-01-01'), cache.generation);
    cache.observe(pledge('BR', '2021-06-01'));
    // 'live' is the least recently used, but 'dead' can no longer be served.
    cache.set('new', answer('z'.repeat(10), '2021-01-01'), cache.generation);
    expect(cache.get('live')).toBeDefined();
    expect(cache.get('new')).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('forgets answers computed on another UTC day (defaults like asOf=today move)', () => {
    let now = Date.parse('2026-01-01T23:59:00Z');
    const cache = createAnswerCache({ maxBytes: 1000, clock: () => now });
    cache.set('a', answer('{}', '2021-01-01'), cache.generation);
    expect(cache.get('a')).toBeDefined();
    now = Date.parse('2026-01-02T00:00:01Z');
    expect(cache.get('a')).toBeUndefined();
  });

  it('gives each answer a validator that changes with its body', () => {
    const cache = createAnswerCache({ maxBytes: 1000 });
    const one = cache.set('a', answer('{"n":1}', '2021-01-01'), cache.generation);
    const two = cache.set('a', answer('{"n":2}', '2021-01-01'), cache.generation);
    expect(one.etag).toMatch(/^W\/"/);
    expect(one.etag).not.toBe(two.etag);
  });
});

describe('answers being computed', () => {
  it('are shared with requests for the same key until an event may change them', async () => {
    const cache = createAnswerCache({ maxBytes: 1000 });
    let finish: (value: ReturnType<typeof cache.set>) => void = () => {};
    const computing = new Promise<ReturnType<typeof cache.set>>((resolve) => (finish = resolve));
    const scope = answer('', '2021-01-01').scope;
    cache.computing('a', cache.generation, computing);
    expect(cache.shared('b', scope)).toBeUndefined();
    expect(cache.shared('a', scope)).toBe(computing);
    // Placed after asOf: the answer being computed is still the answer.
    cache.observe(pledge('BR', '2022-01-01'));
    expect(cache.shared('a', scope)).toBe(computing);
    cache.observe(pledge('RO', '2020-06-01'));
    expect(cache.shared('a', scope)).toBeUndefined();
    finish(cache.set('a', answer('{}', '2021-01-01'), 0));
    await computing;
    await Promise.resolve();
    const fresh = answer('', '2025-01-01').scope;
    expect(cache.shared('a', fresh)).toBeUndefined();
  });
});

describe('the answer cache over many appends', () => {
  it('checks an entry against every event applied since it was last checked, and counts hits', () => {
    const cache = createAnswerCache({ maxBytes: 1000 });
    cache.set('a', answer('{}', '2021-01-01'), cache.generation);
    for (let n = 0; n < 100; n += 1) cache.observe(pledge(`X${n}`, '2022-01-01'));
    expect(cache.get('a')).toBeDefined();
    for (let n = 0; n < 100; n += 1) cache.observe(pledge(`Y${n}`, '2022-01-01'));
    cache.observe(pledge('Z', '2020-12-31'));
    for (let n = 0; n < 100; n += 1) cache.observe(pledge(`W${n}`, '2022-01-01'));
    expect(cache.get('a')).toBeUndefined();
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 1 });
  });
});
