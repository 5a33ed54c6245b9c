import { z } from 'zod';

/**
 * A whole number given in a query string. Digits only: `z.coerce.number()`
 * reads `cursor=` as 0 (and `1e3`, ` 7`, `0x10` as numbers), so an empty
 * cursor silently skipped the first event instead of being refused.
 */
export function queryInteger(bounds: { readonly min: number; readonly max?: number }) {
  const number = z
    .number()
    .int()
    .min(bounds.min)
    .max(bounds.max ?? Number.MAX_SAFE_INTEGER);
  return z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(number);
}
