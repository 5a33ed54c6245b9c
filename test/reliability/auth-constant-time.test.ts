import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

/**
 * Unit-level proof that token comparison is constant-time: every configured
 * entry is compared (no early exit on a match), always with
 * crypto.timingSafeEqual, always on two SHA-256 digests of equal length, so
 * neither the position of a match nor the length or content of a guess
 * changes what is compared.
 */

const { calls } = vi.hoisted(() => ({ calls: [] as Array<[Buffer, Buffer]> }));

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  return {
    ...actual,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      calls.push([
        Buffer.from(a.buffer, a.byteOffset, a.byteLength),
        Buffer.from(b.buffer, b.byteOffset, b.byteLength),
      ]);
      return actual.timingSafeEqual(a, b);
    },
  };
});

const { authenticate } = await import('../../apps/ledger-api/src/auth/authenticate.ts');
const { parseTokenTable } = await import('../../apps/ledger-api/src/auth/token-table.ts');

const table = parseTokenTable(
  'first:first-token-aaaa=recorder;second:second-token-bbbb=reader;third:third-token-cccc=reader',
);

describe('authenticate', () => {
  const guesses = [
    'first-token-aaaa', // matches the first entry
    'third-token-cccc', // matches the last entry
    'x', // too short to be a token at all
    'first-token-aaab', // near miss
    'y'.repeat(10_000), // very long
  ];
  for (const guess of guesses) {
    it(`compares every entry with timingSafeEqual on 32-byte digests for a ${guess.length}-char guess`, () => {
      calls.length = 0;
      authenticate(`Bearer ${guess}`, table);
      expect(calls).toHaveLength(table.length);
      for (const [configured, presented] of calls) {
        expect(configured.length).toBe(32);
        expect(presented.length).toBe(32);
      }
    });
  }

  it('never compares the raw token', () => {
    calls.length = 0;
    authenticate('Bearer first-token-aaaa', table);
    for (const [, presented] of calls) {
      expect(presented.toString('utf8')).not.toContain('first-token');
    }
  });
});
