import { describe, expect, it } from 'vitest';
import type { Scope, VendorSelector } from '../events/measure.js';
import { isNarrowing } from './narrowing.js';

const huawei: VendorSelector = { kind: 'named', vendorIds: ['vendor:huawei'] };
const both: VendorSelector = { kind: 'named', vendorIds: ['vendor:huawei', 'vendor:zte'] };
const removal = (part: Scope['part'], deadline: string): Scope => ({
  part,
  generations: ['5g'],
  measure: { kind: 'removal', deadline },
});
const cap = (percent: number): Scope => ({
  part: 'ran',
  generations: ['5g'],
  measure: { kind: 'cap', percent },
});
const shape = (scopes: Scope[], vendors = huawei) => ({ scopes, vendors });

describe('an amendment narrows a measure when it', () => {
  it('moves a deadline later', () => {
    expect(isNarrowing(shape([removal('core', '2025')]), shape([removal('core', '2027')]))).toBe(
      true,
    );
    expect(isNarrowing(shape([removal('core', '2027')]), shape([removal('core', '2025')]))).toBe(
      false,
    );
  });

  it('drops a part or a vendor', () => {
    expect(
      isNarrowing(
        shape([removal('core', '2025'), removal('ran', '2025')]),
        shape([removal('core', '2025')]),
      ),
    ).toBe(true);
    expect(
      isNarrowing(shape([removal('core', '2025')], both), shape([removal('core', '2025')])),
    ).toBe(true);
  });

  it('raises a cap, or turns a removal into a cap', () => {
    expect(isNarrowing(shape([cap(35)]), shape([cap(50)]))).toBe(true);
    expect(isNarrowing(shape([cap(50)]), shape([cap(35)]))).toBe(false);
    expect(isNarrowing(shape([removal('ran', '2025')]), shape([cap(10)]))).toBe(true);
  });

  it('but not when a whole-network scope takes over a part', () => {
    expect(
      isNarrowing(shape([removal('core', '2025')]), shape([removal('whole-network', '2025')])),
    ).toBe(false);
  });

  it('or when it stops covering a generation', () => {
    const all: Scope = {
      part: 'core',
      generations: ['all'],
      measure: { kind: 'no-new-purchases' },
    };
    expect(isNarrowing(shape([all]), shape([{ ...all, generations: ['5g'] }]))).toBe(true);
  });
});
