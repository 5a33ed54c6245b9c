import { describe, expect, it } from 'vitest';
import { change } from '../../testing/fixtures.ts';
import {
  changeVerb,
  changesDatedAround,
  datedWithinSentence,
  reversalsDatedAround,
} from './datedWithin.ts';

const names: Record<string, string> = { BR: 'Brazil', 'operator:telefonica': 'Telefónica' };
const nameOf = (id: string) => names[id] ?? id;

const brazil = change('BR', '2021-12-31', 'member', 'reversed', 'year');
const telefonica = change('operator:telefonica', '2021-12-31', 'member', 'weakened', 'year');
const monthly = change('PL', '2022-03-31', 'member', 'weakened', 'month');
const exact = change('RO', '2021-06-15', 'member', 'reversed', 'day');
const all = [telefonica, exact, monthly, brazil];

describe('changesDatedAround', () => {
  it('finds the changes whose period holds the date but which count from after it', () => {
    expect(changesDatedAround(all, '2021-07-01')).toEqual([brazil, telefonica]);
    expect(changesDatedAround(all, '2022-03-01')).toEqual([monthly]);
  });

  it('finds none before the period, from the day they count, or for exact days', () => {
    expect(changesDatedAround(all, '2020-12-31')).toEqual([]);
    expect(changesDatedAround(all, '2021-12-31')).toEqual([]);
    expect(changesDatedAround([exact], '2021-06-14')).toEqual([]);
  });
});

it('cues only reversals of a commitment on the map', () => {
  expect(reversalsDatedAround(all, '2021-07-01')).toEqual(new Set(['BR']));
  expect(reversalsDatedAround(all, '2022-01-01')).toEqual(new Set());
});

describe('datedWithinSentence', () => {
  it('says what happened, as precisely as the source dates it, and where the ledger counts it', () => {
    expect(datedWithinSentence(brazil, nameOf)).toBe(
      'Brazil reversed its commitment in 2021 (month not given by the source; counted from 31 December 2021)',
    );
    expect(datedWithinSentence(monthly, nameOf)).toBe(
      'PL weakened its commitment in March 2022 (day not given by the source; counted from 31 March 2022)',
    );
  });

  it('words measure changes by their measure', () => {
    const suspension = {
      ...change('SE', '2020-11-30', 'active', 'suspended', 'month'),
      dimension: 'measure' as const,
      measureId: 'se-ban',
    };
    expect(changeVerb(suspension)).toBe('measure se-ban: suspended');
  });
});
