import { describe, expect, it } from 'vitest';
import { flattenRow } from './flat-row.js';

describe('a projection row as flat columns', () => {
  it('dots nested objects, joins plain lists, keeps lists of objects as JSON and blanks nulls', () => {
    expect(
      flattenRow({
        actorId: 'BR',
        ordinal: 50,
        gdpUsd: { value: 1.9e12, year: 2020 },
        vendors: ['vendor:huawei', 'vendor:zte'],
        scopes: [{ part: 'core' }],
        note: null,
        name: undefined,
      }),
    ).toEqual({
      actorId: 'BR',
      ordinal: 50,
      'gdpUsd.value': 1.9e12,
      'gdpUsd.year': 2020,
      vendors: 'vendor:huawei; vendor:zte',
      scopes: '[{"part":"core"}]',
      note: '',
      name: '',
    });
  });
});
