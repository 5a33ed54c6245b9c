import { expect, it } from 'vitest';
import { knewNothingYet, knownAtInstant } from './knownAt.ts';

const firstImport = '2024-05-01T09:30:00.000Z';

it('reads a day as its last millisecond, as the service does', () => {
  expect(new Date(knownAtInstant('2024-05-01')).toISOString()).toBe('2024-05-01T23:59:59.999Z');
  expect(new Date(knownAtInstant('2024-05-01T09:00:00Z')).toISOString()).toBe(
    '2024-05-01T09:00:00.000Z',
  );
});

it('given a time before the first import, then the ledger knew nothing yet', () => {
  expect(knewNothingYet('2024-04-30', firstImport)).toBe(true);
  expect(knewNothingYet('2024-05-01T09:29:59Z', firstImport)).toBe(true);
});

it('given the day of the first import, or latest knowledge, then it knew something', () => {
  expect(knewNothingYet('2024-05-01', firstImport)).toBe(false);
  expect(knewNothingYet(null, firstImport)).toBe(false);
  expect(knewNothingYet('2024-04-30', undefined)).toBe(false);
});
