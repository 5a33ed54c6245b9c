import type { Membership, Regressions, StatusClass, VendorExposure } from '../api/types.ts';
import {
  mapStatusOf,
  type CommitmentStatus,
  type MapStatus,
  type MarketStatus,
} from '../palette/status.ts';

/** Countries whose pledge stands reversed as of the date (reversed and not re-joined). */
export function reversedCountries(regressions: Regressions, membership: Membership): Set<string> {
  const committed = new Set(membership.committed.map((actor) => actor.actorId));
  const reversed = new Set<string>();
  for (const change of regressions.regressions) {
    if (change.dimension !== 'commitment' || change.after !== 'reversed') continue;
    if (change.effectiveOn > membership.asOf || committed.has(change.actorId)) continue;
    reversed.add(change.actorId);
  }
  return reversed;
}

/**
 * The map's status for every country the ledger knows, as of one date and
 * for one vendor. Countries not in `known` are left out (the map shows them
 * as no data). `reversalDatedWithin` holds the countries whose reversal the
 * source dates only to a period around the date (`reversalsDatedAround`).
 */
export function countryMapStatuses(
  known: readonly string[],
  membership: Membership,
  exposure: VendorExposure | undefined,
  reversed: ReadonlySet<string>,
  reversalDatedWithin: ReadonlySet<string> = new Set(),
): Map<string, MapStatus> {
  const commitment = new Map<string, CommitmentStatus>();
  for (const actor of membership.committed) commitment.set(actor.actorId, actor.status);
  for (const country of reversed) commitment.set(country, 'reversed');
  const market = new Map<string, MarketStatus>();
  if (exposure) {
    for (const [status, cls] of Object.entries(exposure.byStatus) as [
      MarketStatus,
      StatusClass,
    ][]) {
      for (const entry of cls.markets) market.set(entry.country, status);
    }
  }
  const result = new Map<string, MapStatus>();
  for (const country of known) {
    result.set(
      country,
      mapStatusOf(
        commitment.get(country),
        market.get(country),
        true,
        reversalDatedWithin.has(country),
      ),
    );
  }
  return result;
}

/** How many countries have each status, for the legend. */
export function countStatuses(statuses: ReadonlyMap<string, MapStatus>): Map<MapStatus, number> {
  const counts = new Map<MapStatus, number>();
  for (const status of statuses.values()) counts.set(status, (counts.get(status) ?? 0) + 1);
  return counts;
}
