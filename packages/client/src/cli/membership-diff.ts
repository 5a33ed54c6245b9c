import type { ExposureResponse, MembershipResponse } from '../rest/responses.js';

export interface MarketChange {
  readonly vendorId: string;
  readonly country: string;
  readonly before: string;
  readonly after: string;
}

export interface LedgerDiff {
  readonly from: string;
  readonly to: string;
  readonly joined: readonly { actorId: string; name?: string; status: string }[];
  readonly left: readonly { actorId: string; name?: string; status: string }[];
  /** Still committed, but member <-> weakened. */
  readonly statusChanged: readonly { actorId: string; before: string; after: string }[];
  /** Vendor-by-market statuses that differ: the measures that came, went or changed. */
  readonly markets: readonly MarketChange[];
}

function marketStatuses(exposure: ExposureResponse): Map<string, string> {
  const statuses = new Map<string, string>();
  for (const vendor of exposure.vendors) {
    for (const [status, group] of Object.entries(vendor.byStatus)) {
      for (const market of group.markets)
        statuses.set(`${vendor.vendorId}|${market.country}`, status);
    }
  }
  return statuses;
}

/** Who joined, who left, whose status and which vendor-market measures changed between two dates. */
export function diffLedger(
  before: { membership: MembershipResponse; exposure: ExposureResponse },
  after: { membership: MembershipResponse; exposure: ExposureResponse },
): LedgerDiff {
  const was = new Map(before.membership.committed.map((actor) => [actor.actorId, actor]));
  const is = new Map(after.membership.committed.map((actor) => [actor.actorId, actor]));
  const summary = (actor: { actorId: string; name?: string; status: string }) => ({
    actorId: actor.actorId,
    ...(actor.name === undefined ? {} : { name: actor.name }),
    status: actor.status,
  });

  const oldMarkets = marketStatuses(before.exposure);
  const newMarkets = marketStatuses(after.exposure);
  const markets: MarketChange[] = [];
  for (const key of new Set([...oldMarkets.keys(), ...newMarkets.keys()])) {
    const [vendorId, country] = key.split('|') as [string, string];
    const old = oldMarkets.get(key) ?? 'open';
    const now = newMarkets.get(key) ?? 'open';
    if (old !== now) markets.push({ vendorId, country, before: old, after: now });
  }
  markets.sort(
    (a, b) => a.vendorId.localeCompare(b.vendorId) || a.country.localeCompare(b.country),
  );

  return {
    from: before.membership.asOf,
    to: after.membership.asOf,
    joined: [...is.values()].filter((actor) => !was.has(actor.actorId)).map(summary),
    left: [...was.values()].filter((actor) => !is.has(actor.actorId)).map(summary),
    statusChanged: [...is.values()]
      .filter((actor) => was.has(actor.actorId) && was.get(actor.actorId)!.status !== actor.status)
      .map((actor) => ({
        actorId: actor.actorId,
        before: was.get(actor.actorId)!.status,
        after: actor.status,
      })),
    markets,
  };
}
