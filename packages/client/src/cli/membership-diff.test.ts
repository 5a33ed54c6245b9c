import type { Exposure, Membership } from '@cleannet/domain';
import { describe, expect, it } from 'vitest';
import { diffLedger } from './membership-diff.js';

function membership(asOf: string, committed: [string, 'member' | 'weakened'][]): Membership {
  return {
    asOf,
    committed: committed.map(([actorId, status], index) => ({
      actorId,
      kind: 'country',
      status,
      joined: '2020-01-01',
      joinEventId: `pledge-${actorId}`,
      ordinal: index + 1,
    })),
  } as unknown as Membership;
}

function exposure(markets: [string, string][]): Exposure {
  const byStatus: Record<string, { markets: { country: string }[] }> = {};
  for (const [country, status] of markets) {
    (byStatus[status] ??= { markets: [] }).markets.push({ country });
  }
  return { vendors: [{ vendorId: 'vendor:huawei', byStatus }] } as unknown as Exposure;
}

describe('diffLedger', () => {
  it('lists who joined, who left, whose status changed and which markets changed', () => {
    const diff = diffLedger(
      {
        membership: membership('2020-12-31', [
          ['BR', 'member'],
          ['PL', 'member'],
          ['SE', 'member'],
        ]),
        exposure: exposure([
          ['SE', 'closed'],
          ['DE', 'open'],
        ]),
      },
      {
        membership: membership('2021-12-31', [
          ['PL', 'weakened'],
          ['SE', 'member'],
          ['UK', 'member'],
        ]),
        exposure: exposure([
          ['SE', 'closed'],
          ['DE', 'phase-out-pending'],
          ['UK', 'restricted'],
        ]),
      },
    );
    expect(diff.joined.map((actor) => actor.actorId)).toEqual(['UK']);
    expect(diff.left.map((actor) => actor.actorId)).toEqual(['BR']);
    expect(diff.statusChanged).toEqual([{ actorId: 'PL', before: 'member', after: 'weakened' }]);
    expect(diff.markets).toEqual([
      { vendorId: 'vendor:huawei', country: 'DE', before: 'open', after: 'phase-out-pending' },
      { vendorId: 'vendor:huawei', country: 'UK', before: 'open', after: 'restricted' },
    ]);
  });
});
