import { timingSafeEqual } from 'node:crypto';
import { hashToken, type TokenEntry } from './token-table.js';

export interface Principal {
  readonly name: string;
  readonly roles: TokenEntry['roles'];
}

export type Authentication =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'authenticated'; readonly principal: Principal };

/**
 * Resolves an Authorization header against the configured tokens. Both sides
 * are SHA-256 digests of equal length, compared with timingSafeEqual, and
 * every entry is compared (no early exit), so the time taken says nothing
 * about how much of a guess was right.
 */
export function authenticate(
  header: string | undefined,
  table: readonly TokenEntry[],
): Authentication {
  if (header === undefined || header === '') return { kind: 'anonymous' };
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
  if (!match?.[1]) return { kind: 'invalid', reason: 'expected "Authorization: Bearer <token>"' };
  const presented = hashToken(match[1]);
  let found: TokenEntry | undefined;
  for (const entry of table) {
    if (timingSafeEqual(entry.tokenHash, presented) && found === undefined) found = entry;
  }
  if (!found) return { kind: 'invalid', reason: 'the bearer token is not recognised' };
  return { kind: 'authenticated', principal: { name: found.principal, roles: found.roles } };
}
