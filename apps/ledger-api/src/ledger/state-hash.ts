import { createHash } from 'node:crypto';
import type { CommitmentChange } from '@cleannet/domain';
import type { LedgerIndex } from '@cleannet/ledger-index';

/** A valid-time day after every recorded fact: the hash covers the ledger's final state. */
export const STATE_HASH_AS_OF = '2100-12-31';

/**
 * A digest of what the projections serve: membership, exposure, regressions
 * and every actor's timeline as the ledger knows them now, plus the numbered
 * commitment changes (which carry the history between those end states). Two
 * indexes fed the same log give the same hash; the end-to-end test compares
 * the running service's hash with a fresh replay's.
 */
export function projectionStateHash(
  index: LedgerIndex,
  changes: readonly CommitmentChange[],
): string {
  const query = { asOf: STATE_HASH_AS_OF };
  const actors = [...index.view(query).actorIds].sort();
  const state = {
    events: index.size,
    membership: index.membership(query),
    exposure: index.exposure(query),
    regressions: index.regressions(query),
    timelines: actors.map((actorId) => index.timeline(actorId, query)),
    changes,
  };
  return createHash('sha256').update(canonicalJson(state)).digest('hex');
}

/** JSON with object keys sorted, so the digest does not depend on property order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : item,
  );
}
