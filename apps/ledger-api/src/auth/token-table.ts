import { createHash } from 'node:crypto';

export const roles = ['recorder', 'reader'] as const;
export type Role = (typeof roles)[number];

export interface TokenEntry {
  /** SHA-256 of the token: the token itself is not kept after start-up. */
  readonly tokenHash: Buffer;
  /** Who appended an event (`recordedBy`); never the token. */
  readonly principal: string;
  readonly roles: ReadonlySet<Role>;
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Parses `LEDGER_TOKENS`: entries separated by `;`, each
 * `[principal:]token=role[,role]`. Without a principal name one is derived
 * from a short hash of the token, so logs can tell callers apart without
 * revealing the secret.
 */
export function parseTokenTable(spec: string): TokenEntry[] {
  const entries: TokenEntry[] = [];
  for (const [index, rawEntry] of spec.split(';').entries()) {
    const entry = rawEntry.trim();
    if (entry === '') continue;
    const equals = entry.lastIndexOf('=');
    if (equals <= 0) throw new Error(`entry ${index + 1} must look like token=role`);
    const left = entry.slice(0, equals).trim();
    const roleList = entry
      .slice(equals + 1)
      .split(',')
      .map((role) => role.trim());
    for (const role of roleList) {
      if (!(roles as readonly string[]).includes(role)) {
        throw new Error(
          `entry ${index + 1} has unknown role "${role}" (known: ${roles.join(', ')})`,
        );
      }
    }
    const colon = left.indexOf(':');
    const token = colon >= 0 ? left.slice(colon + 1) : left;
    if (token.length < 8)
      throw new Error(`entry ${index + 1} has a token shorter than 8 characters`);
    const tokenHash = hashToken(token);
    const principal =
      colon > 0 ? left.slice(0, colon) : `token-${tokenHash.toString('hex').slice(0, 8)}`;
    entries.push({ tokenHash, principal, roles: new Set(roleList as Role[]) });
  }
  return entries;
}
