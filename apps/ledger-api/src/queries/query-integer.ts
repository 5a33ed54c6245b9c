import { z } from 'zod';

/**
 * A whole number given in a query string. Digits only: `z.coerce.number()`
 * reads `cursor=` as 0 (and `1e3`, ` 7`, `0x10` as numbers), so an empty
 * cursor silently skipped the first event instead of being refused. Anything
 * but digits reaches the number schema as it came, and fails there; the API
 * document still shows an integer.
 */
export function queryInteger(bounds: { readonly min: number; readonly max?: number }) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
    z
      .number({ error: 'expected a whole number' })
      .int()
      .min(bounds.min)
      .max(bounds.max ?? Number.MAX_SAFE_INTEGER),
  );
}
