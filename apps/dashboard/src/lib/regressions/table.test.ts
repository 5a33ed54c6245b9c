import { expect, it } from 'vitest';
import { change } from '../../testing/fixtures.ts';
import { positionOn, regressionsTable } from './table.ts';

it('lists regressions newest first with before, after and source', () => {
  const table = regressionsTable(
    [
      change('BR', '2021-12-31', 'member', 'reversed', 'year'),
      change('operator:a1', '2023-05-01', 'member', 'weakened'),
    ],
    (id) => ({ BR: 'Brazil' })[id] ?? id,
  );
  expect(
    table.rows.map((row) => [row.dated, row.date, row.actor, row.before, row.after, row.source]),
  ).toEqual([
    ['1 May 2023', '2023-05-01', 'operator:a1', 'member', 'weakened', 'test.txt'],
    ['2021', '2021-12-31', 'Brazil', 'member', 'reversed', 'test.txt'],
  ]);
});

it('places days along the timeline, clamped to its ends', () => {
  expect(positionOn('2018-01-01', '2018-01-01', '2020-01-01')).toBe(0);
  expect(positionOn('2019-01-01', '2018-01-01', '2020-01-01')).toBeCloseTo(0.5, 2);
  expect(positionOn('2030-01-01', '2018-01-01', '2020-01-01')).toBe(1);
});
