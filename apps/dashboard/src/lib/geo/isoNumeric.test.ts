import { expect, it } from 'vitest';
import { createIsoLookup } from './isoNumeric.ts';

const lookup = createIsoLookup([
  { code: 'BR', numeric: '076' },
  { code: 'MT', numeric: '470' },
  { code: 'SG', numeric: '702' },
  { code: 'XK', numeric: null },
]);

it('maps world-atlas numeric ids to alpha-2 codes, padded or not', () => {
  expect(lookup.alpha2ForFeature({ id: '076' })).toBe('BR');
  expect(lookup.alpha2ForFeature({ id: 76 })).toBe('BR');
  expect(lookup.alpha2ForFeature({ id: '470' })).toBe('MT');
  expect(lookup.numericFor('SG')).toBe('702');
});

it('claims the id-less Kosovo shape by name, and no other', () => {
  expect(lookup.alpha2ForFeature({ properties: { name: 'Kosovo' } })).toBe('XK');
  expect(lookup.alpha2ForFeature({ properties: { name: 'Somaliland' } })).toBeNull();
  expect(lookup.numericFor('XK')).toBeNull();
});

it('knows nothing of a shape the reference data does not list', () => {
  expect(lookup.alpha2ForFeature({ id: '999' })).toBeNull();
});
