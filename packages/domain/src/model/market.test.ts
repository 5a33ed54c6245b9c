import { describe, expect, it } from 'vitest';
import type { Scope } from '../events/measure.js';
import { dayNumber } from '../time/day.js';
import type { MeasureState } from './actor-state.js';
import {
  classAt,
  computeMeasureEffect,
  marketStatusAt,
  measureBarring,
  MeasureEffects,
  noBarring,
  updatedMeasureEffect,
  VendorNumbers,
} from './market.js';

function measure(scopes: Scope[], overrides: Partial<MeasureState> = {}): MeasureState {
  return {
    measureId: 'm',
    kind: 'BanEnacted',
    owner: 'GB',
    instrument: 'law',
    vendors: { kind: 'named', vendorIds: ['vendor:huawei', 'vendor:zte'] },
    scopes,
    status: 'active',
    readmittedVendors: [],
    readmittedParts: [],
    createdBy: 'e',
    since: 0,
    ...overrides,
  };
}

const on = (day: string) => dayNumber(day);
const wholeRemoval = (deadline: string): Scope => ({
  part: 'whole-network',
  generations: ['5g'],
  measure: { kind: 'removal', deadline },
});

describe('how a measure bars a vendor', () => {
  it('closes the market at once with no new purchases network-wide', () => {
    const barring = measureBarring(
      measure([
        { part: 'whole-network', generations: ['all'], measure: { kind: 'no-new-purchases' } },
      ]),
    );
    expect(classAt(barring, on('2000-01-01'))).toBe('closed');
  });

  it('is pending until a removal deadline passes, then closed', () => {
    const barring = measureBarring(measure([wholeRemoval('2027')]));
    expect(classAt(barring, on('2027-12-30'))).toBe('phase-out-pending');
    expect(classAt(barring, on('2027-12-31'))).toBe('closed');
  });

  it('only restricts when the scope is partial, a cap, or 4G alone', () => {
    const core = measureBarring(
      measure([{ part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } }]),
    );
    const cap = measureBarring(
      measure([
        { part: 'whole-network', generations: ['5g'], measure: { kind: 'cap', percent: 35 } },
      ]),
    );
    const lte = measureBarring(
      measure([
        { part: 'whole-network', generations: ['4g'], measure: { kind: 'no-new-purchases' } },
      ]),
    );
    for (const barring of [core, cap, lte])
      expect(classAt(barring, on('2021-01-01'))).toBe('restricted');
  });

  it('restricts after a partial removal, and is pending before it', () => {
    const barring = measureBarring(
      measure([
        { part: 'core', generations: ['5g'], measure: { kind: 'removal', deadline: '2023-06' } },
      ]),
    );
    expect(classAt(barring, on('2023-06-29'))).toBe('phase-out-pending');
    expect(classAt(barring, on('2023-06-30'))).toBe('restricted');
  });

  it('never closes a market through an operator alone', () => {
    const barring = measureBarring(
      measure([wholeRemoval('2020')], { owner: 'operator:vivo', kind: 'VendorsExcluded' }),
    );
    expect(classAt(barring, on('2030-01-01'))).toBe('restricted');
  });

  it('turns a whole-network scope partial once a part is readmitted, and drops readmitted vendors', () => {
    const readmitted = measure(
      [{ part: 'whole-network', generations: ['all'], measure: { kind: 'no-new-purchases' } }],
      {
        readmittedParts: ['ran'],
        readmittedVendors: ['vendor:zte'],
      },
    );
    expect(classAt(measureBarring(readmitted), on('2022-01-01'))).toBe('restricted');
    expect(new MeasureEffects().of(readmitted).vendors).toEqual(['vendor:huawei']);
  });

  it('bars nothing without scopes that apply', () => {
    expect(classAt(noBarring(), on('2022-01-01'))).toBe('none');
  });
});

describe('market status', () => {
  const closed = measureBarring(
    measure([
      { part: 'whole-network', generations: ['all'], measure: { kind: 'no-new-purchases' } },
    ]),
  );
  const restricted = measureBarring(
    measure([{ part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } }]),
  );

  it('is suspended when the strongest measure is suspended', () => {
    expect(marketStatusAt(restricted, closed, on('2021-01-01'))).toBe('suspended');
  });

  it('follows the strongest active measure otherwise', () => {
    expect(marketStatusAt(closed, restricted, on('2021-01-01'))).toBe('closed');
    expect(marketStatusAt(noBarring(), noBarring(), on('2021-01-01'))).toBe('open');
  });
});

describe('updatedMeasureEffect', () => {
  it('equals the effect computed afresh, whichever inputs changed', () => {
    const numbers = new VendorNumbers();
    const original = measure([wholeRemoval('2027')]);
    const effect = computeMeasureEffect(original, numbers);
    const versions: MeasureState[] = [
      { ...original, status: 'suspended' },
      {
        ...original,
        scopes: [{ part: 'core', generations: ['5g'], measure: { kind: 'cap', percent: 30 } }],
      },
      { ...original, readmittedVendors: ['vendor:zte'] },
      { ...original, readmittedParts: ['whole-network'] },
      { ...original, vendors: { kind: 'named', vendorIds: ['vendor:zte'] } },
      { ...original, owner: 'operator:vivo', vendors: { kind: 'named', vendorIds: [] } },
    ];
    for (const version of versions) {
      const updated = updatedMeasureEffect(version, original, effect, numbers);
      expect(updated).toEqual(computeMeasureEffect(version, numbers));
    }
    // The unchanged half is shared, not recomputed.
    const amended = versions[1] as MeasureState;
    expect(updatedMeasureEffect(amended, original, effect, numbers).vendorNumbers).toBe(
      effect.vendorNumbers,
    );
    const readmitting = versions[2] as MeasureState;
    expect(updatedMeasureEffect(readmitting, original, effect, numbers).barring).toBe(
      effect.barring,
    );
  });
});
