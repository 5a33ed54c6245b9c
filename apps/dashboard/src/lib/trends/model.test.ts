import { expect, it } from 'vitest';
import { groupMarkers, monthIndex, pointsUpTo } from './model.ts';

it('places days on a monthly axis', () => {
  expect(monthIndex('2018-01-31', '2018-01-01')).toBe(0);
  expect(monthIndex('2018-01-31', '2021-12-31')).toBe(47);
});

it('keeps the points up to the month of the replay date', () => {
  const points = [
    { period: '2020-10-31', value: 1 },
    { period: '2020-11-30', value: 2 },
    { period: '2020-12-31', value: 3 },
  ];
  expect(pointsUpTo(points, '2020-11-10').map((point) => point.value)).toEqual([1, 2]);
});

it('merges same-day markers of a kind into one, countries first', () => {
  const groups = groupMarkers([
    {
      day: '2021-12-31',
      label: 'Telefónica weakens (2021)',
      kind: 'regression',
      actorId: 'operator:telefonica',
    },
    { day: '2021-12-31', label: 'Brazil reverses (2021)', kind: 'regression', actorId: 'BR' },
    { day: '2021-12-31', label: 'Sweden ban', kind: 'milestone', actorId: 'SE' },
  ]);
  expect(groups).toEqual([
    {
      day: '2021-12-31',
      kind: 'regression',
      lines: ['Brazil reverses (2021)', 'Telefónica weakens (2021)'],
    },
    { day: '2021-12-31', kind: 'milestone', lines: ['Sweden ban'] },
  ]);
});

it('keeps a span apart from a line on its last day', () => {
  const groups = groupMarkers([
    {
      day: '2021-12-31',
      from: '2021-01-01',
      label: 'Brazil reverses (2021)',
      kind: 'regression',
      actorId: 'BR',
    },
    { day: '2021-12-31', label: 'Romania reverses (2021)', kind: 'regression', actorId: 'RO' },
  ]);
  expect(groups).toEqual([
    {
      day: '2021-12-31',
      from: '2021-01-01',
      kind: 'regression',
      lines: ['Brazil reverses (2021)'],
    },
    { day: '2021-12-31', kind: 'regression', lines: ['Romania reverses (2021)'] },
  ]);
});
