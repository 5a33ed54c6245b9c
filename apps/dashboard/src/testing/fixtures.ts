/**
 * Builders for API answers in tests. Their figures are made up for the test
 * at hand and never reach the app.
 */
import type {
  CommitmentChange,
  CommittedActor,
  Membership,
  StatusClass,
  VendorExposure,
} from '../lib/api/types.ts';
import type { MarketStatus } from '../lib/palette/status.ts';

export function member(
  actorId: string,
  joined: string,
  extra: Partial<CommittedActor> = {},
): CommittedActor {
  return {
    actorId,
    kind: actorId.includes(':') ? (actorId.split(':')[0] as CommittedActor['kind']) : 'country',
    status: 'member',
    joined,
    joinEventId: `join-${actorId}`,
    ordinal: 1,
    ...extra,
  };
}

export function membership(
  asOf: string,
  committed: CommittedActor[],
  extra: Partial<Membership> = {},
): Membership {
  const count = (kind: string) => committed.filter((actor) => actor.kind === kind).length;
  return {
    asOf,
    committed,
    counts: {
      country: count('country'),
      operator: count('operator'),
      company: count('company'),
      bloc: count('bloc'),
      total: committed.length,
    },
    gdp: { committedUsd: 0, worldUsd: 100, share: 0, year: Number(asOf.slice(0, 4)) },
    subscribers: { covered: 0, operatorsWithFigure: 0 },
    blocs: [],
    missing: { gdp: [], subscribers: [] },
    ...extra,
  };
}

function statusClass(countries: string[]): StatusClass {
  return {
    markets: countries.map((country) => ({ country, status: 'open', measureIds: [] })),
    count: countries.length,
    gdpUsd: 0,
    gdpShare: null,
    subscriptions: 0,
    subscriptionsShare: null,
    missing: { gdp: [], subscriptions: [] },
  };
}

export function vendorExposure(
  vendorId: string,
  markets: Partial<Record<MarketStatus, string[]>>,
): VendorExposure {
  const byStatus = {} as Record<MarketStatus, StatusClass>;
  for (const status of [
    'suspended',
    'closed',
    'phase-out-pending',
    'restricted',
    'open',
  ] as const) {
    const cls = statusClass(markets[status] ?? []);
    byStatus[status] = { ...cls, markets: cls.markets.map((entry) => ({ ...entry, status })) };
  }
  return { vendorId, byStatus };
}

export function change(
  actorId: string,
  effectiveOn: string,
  before: string,
  after: string,
  effectivePrecision: CommitmentChange['effectivePrecision'] = 'day',
): CommitmentChange {
  return {
    actorId,
    effectiveOn,
    effectivePrecision,
    causeEventId: `cause-${actorId}-${effectiveOn}`,
    causeType: 'CommitmentReversed',
    source: { document: 'test.txt', confidence: 'high' },
    dimension: 'commitment',
    before,
    after,
    regression: true,
  };
}
