import { describe, expect, it } from 'vitest';
import { describeEntry } from './describe.ts';

const nameOf = (id: string) => ({ 'vendor:huawei': 'Huawei', 'vendor:zte': 'ZTE' })[id] ?? id;

describe('describeEntry', () => {
  it('says what a pledge, a ban and a reversal mean', () => {
    expect(
      describeEntry(
        { type: 'PledgeMade', data: { instrument: 'statement', programme: 'clean-network' } },
        nameOf,
      ),
    ).toBe('Joins the clean network (statement)');
    expect(
      describeEntry(
        {
          type: 'BanEnacted',
          data: {
            measureId: 'uk',
            vendors: { kind: 'named', vendorIds: ['vendor:huawei'] },
            instrument: 'law',
            scopes: [
              {
                part: 'whole-network',
                generations: ['5g'],
                measure: { kind: 'removal', deadline: '2027' },
              },
            ],
          },
        } as never,
        nameOf,
      ),
    ).toBe('Bans Huawei (law): whole network 5G: removal by 2027');
    expect(
      describeEntry(
        {
          type: 'CommitmentReversed',
          data: {
            target: { kind: 'pledge' },
            extent: 'full',
            vendorsReadmitted: ['vendor:huawei'],
          },
        } as never,
        nameOf,
      ),
    ).toBe('Reverses its pledge (full), readmitting Huawei');
  });

  it('names the vendors a criteria-based measure is known to hit', () => {
    expect(
      describeEntry(
        {
          type: 'VendorsExcluded',
          data: {
            vendors: {
              kind: 'criteria',
              description: 'high-risk vendors',
              knownAffected: ['vendor:huawei', 'vendor:zte'],
            },
            instrument: 'regulation',
            scopes: [{ part: 'core', generations: ['all'], measure: { kind: 'no-new-purchases' } }],
          },
        } as never,
        nameOf,
      ),
    ).toBe(
      'Excludes vendors meeting "high-risk vendors" (Huawei, ZTE) (regulation): core: no new purchases',
    );
  });
});
