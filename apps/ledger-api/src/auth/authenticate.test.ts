import { describe, expect, it } from 'vitest';
import { authenticate } from './authenticate.js';
import { parseTokenTable } from './token-table.js';

const table = parseTokenTable('alice:s3cret-recorder=recorder,reader; s3cret-reader=reader');

describe('authenticate', () => {
  it('is anonymous without a header', () => {
    expect(authenticate(undefined, table)).toEqual({ kind: 'anonymous' });
  });

  it('resolves a known token to its principal and roles', () => {
    const result = authenticate('Bearer s3cret-recorder', table);
    expect(result.kind).toBe('authenticated');
    if (result.kind !== 'authenticated') return;
    expect(result.principal.name).toBe('alice');
    expect([...result.principal.roles]).toEqual(['recorder', 'reader']);
  });

  it('derives a principal name that does not contain the token', () => {
    const result = authenticate('bearer s3cret-reader', table);
    if (result.kind !== 'authenticated') throw new Error('expected a principal');
    expect(result.principal.name).toMatch(/^token-[0-9a-f]{8}$/);
    expect(result.principal.name).not.toContain('s3cret');
  });

  it('rejects unknown tokens and other schemes', () => {
    expect(authenticate('Bearer s3cret-recorde', table).kind).toBe('invalid');
    expect(authenticate('Basic YWxpY2U6cHc=', table).kind).toBe('invalid');
  });
});

describe('parseTokenTable', () => {
  it('refuses short tokens and malformed entries', () => {
    expect(() => parseTokenTable('short=reader')).toThrow(/shorter than 8/);
    expect(() => parseTokenTable('no-role-here')).toThrow(/token=role/);
  });
});
