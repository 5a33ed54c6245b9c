import { describe, expect, it } from 'vitest';
import { change, member, membership, vendorExposure } from '../../testing/fixtures.ts';
import { headlineFigures } from './headline.ts';
import { countStatuses, countryMapStatuses, reversedCountries } from './mapStatuses.ts';

describe('headlineFigures', () => {
  const before = membership('2020-06-30', [member('PL', '2020-03-10')], {
    gdp: { committedUsd: 5, worldUsd: 100, share: 0.05, year: 2020 },
    blocs: [
      {
        blocId: 'bloc:eu',
        name: 'European Union',
        members: 27,
        committed: 1,
        label: '1 of 27',
        committedMembers: ['PL'],
        uncommittedMembers: [],
        blocCommitted: false,
      },
    ],
  });
  const after = membership(
    '2020-12-31',
    [
      member('PL', '2020-03-10'),
      member('BR', '2020-11-10'),
      member('operator:telefonica', '2020-07-01'),
    ],
    {
      gdp: { committedUsd: 12.5, worldUsd: 100, share: 0.125, year: 2020 },
      subscribers: { covered: 2_400_000, operatorsWithFigure: 1 },
      blocs: [{ ...before.blocs[0]!, committed: 2, label: '2 of 27' }],
    },
  );

  it('shows each figure with its change since the comparison date', () => {
    const figures = headlineFigures(after, before);
    const byId = Object.fromEntries(figures.map((figure) => [figure.id, figure]));
    expect(byId.countries).toMatchObject({ value: '2', change: '+1', direction: 'up' });
    expect(byId['gdp-share']).toMatchObject({
      value: '12.5%',
      change: '+7.5 pts',
      direction: 'up',
    });
    expect(byId.operators).toMatchObject({ value: '1', change: '+1' });
    expect(byId.subscribers).toMatchObject({ value: '2.4M', change: '+2.4M' });
    expect(byId['bloc-bloc:eu']).toMatchObject({
      label: 'European Union',
      value: '2 of 27',
      change: '+1',
    });
  });

  it('counts members without a GDP figure and operators with a subscriber figure in agreement', () => {
    const notes = (figures: ReturnType<typeof headlineFigures>) =>
      Object.fromEntries(figures.map((figure) => [figure.id, figure.note]));
    const one = notes(
      headlineFigures({ ...after, missing: { ...after.missing, gdp: ['XK'] } }, null),
    );
    expect(one['gdp-share']).toBe('GDP of 2020; 1 member without a figure');
    expect(one.subscribers).toBe('1 operator with a figure');
    const many = notes(
      headlineFigures(
        {
          ...after,
          missing: { ...after.missing, gdp: ['XK', 'TW'] },
          subscribers: { covered: 5, operatorsWithFigure: 2 },
        },
        null,
      ),
    );
    expect(many['gdp-share']).toBe('GDP of 2020; 2 members without a figure');
    expect(many.subscribers).toBe('2 operators with a figure');
    expect(notes(headlineFigures(after, null))['gdp-share']).toBe('GDP of 2020');
  });

  it('shows a fall with a minus sign and no change without a comparison', () => {
    const fall = headlineFigures(before, after).find((figure) => figure.id === 'countries');
    expect(fall).toMatchObject({ change: '−1', direction: 'down' });
    const alone = headlineFigures(after, null).find((figure) => figure.id === 'countries');
    expect(alone).toMatchObject({ change: null, direction: null });
  });

  it('says unknown rather than zero when the ledger has no world GDP', () => {
    const unknown = membership('2020-12-31', [], {
      gdp: { committedUsd: 0, worldUsd: 0, share: null, year: 2020 },
    });
    const gdp = headlineFigures(unknown, before).find((figure) => figure.id === 'gdp-share');
    expect(gdp).toMatchObject({ value: 'unknown', change: null });
  });
});

describe('countryMapStatuses', () => {
  const asOf = '2021-07-31';
  const members = membership(asOf, [member('PL', '2020-03-10'), member('GB', '2020-07-14')]);
  const regressions = {
    asOf,
    regressions: [
      change('BR', '2021-02-25', 'member', 'reversed'),
      change('XX', '2022-01-01', 'member', 'reversed'),
    ],
  };

  it('finds the reversals in effect, and not later ones', () => {
    expect([...reversedCountries(regressions, members)]).toEqual(['BR']);
  });

  it('colours members, measures, reversals and the rest', () => {
    const exposure = vendorExposure('vendor:huawei', {
      'phase-out-pending': ['GB'],
      open: ['PL', 'BR', 'FR'],
    });
    const statuses = countryMapStatuses(
      ['PL', 'GB', 'BR', 'FR'],
      members,
      exposure,
      reversedCountries(regressions, members),
    );
    expect(Object.fromEntries(statuses)).toEqual({
      PL: 'member',
      GB: 'phase-out-pending',
      BR: 'reversed',
      FR: 'no-commitment',
    });
  });
});

it('cues a member whose reversal the source dates to a period around the date', () => {
  const members = membership('2021-07-01', [
    member('BR', '2020-11-10'),
    member('PL', '2020-03-10'),
  ]);
  const exposure = vendorExposure('vendor:huawei', { open: ['BR', 'PL'] });
  const statuses = countryMapStatuses(['BR', 'PL'], members, exposure, new Set(), new Set(['BR']));
  expect(Object.fromEntries(statuses)).toEqual({ BR: 'reversal-dated-within', PL: 'member' });
});

it('counts countries per status for the legend', () => {
  const counts = countStatuses(
    new Map([
      ['PL', 'member'],
      ['GB', 'phase-out-pending'],
      ['FR', 'member'],
    ] as const),
  );
  expect(Object.fromEntries(counts)).toEqual({ member: 2, 'phase-out-pending': 1 });
});
