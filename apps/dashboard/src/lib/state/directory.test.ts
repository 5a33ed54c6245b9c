import { expect, it } from 'vitest';
import { referenceCountries, referenceNames } from '../geo/referenceCountries.ts';
import { createDirectory } from './directory.ts';

const directory = createDirectory(
  referenceCountries,
  [
    {
      id: 'operator:telefonica',
      kind: 'operator',
      name: 'Telefónica',
      commitment: 'member',
      joinedOn: '2020-07-01',
      measures: 0,
    },
    { id: 'BR', kind: 'country', name: null, commitment: 'reversed', joinedOn: null, measures: 0 },
  ],
  referenceNames,
);

it('covers every reference country, Kosovo included, with map ids from the same table', () => {
  expect(directory.countries).toContain('XK');
  expect(directory.countries.length).toBeGreaterThan(240);
  expect(directory.lookup.numericFor('BR')).toBe('076');
  expect(directory.lookup.alpha2ForFeature({ id: '470' })).toBe('MT');
  expect(directory.lookup.alpha2ForFeature({ id: '702' })).toBe('SG');
  expect(directory.lookup.alpha2ForFeature({ properties: { name: 'Kosovo' } })).toBe('XK');
});

it('names actors from the ledger first and from the reference data otherwise', () => {
  expect(directory.nameOf('operator:telefonica')).toBe('Telefónica');
  expect(directory.nameOf('BR')).toBe('Brazil');
  expect(directory.nameOf('vendor:huawei')).toBe('Huawei');
  expect(directory.nameOf('company:unknown')).toBe('company:unknown');
});
