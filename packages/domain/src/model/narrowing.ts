import type { Scope } from '../events/measure.js';
import { vendorsOf, type VendorSelector } from '../events/measure.js';
import { placedDayNumber } from '../time/partial-date.js';

interface MeasureShape {
  readonly vendors: VendorSelector;
  readonly scopes: readonly Scope[];
}

/**
 * How strongly one scope binds: removal (earlier deadline stronger) beats no
 * new purchases, which beats a cap (lower percent, earlier deadline stronger).
 * Larger is stronger.
 */
function strength(scope: Scope): number {
  const measure = scope.measure;
  switch (measure.kind) {
    case 'removal':
      return 3e6 - placedDayNumber(measure.deadline) / 1e2;
    case 'no-new-purchases':
      return 2e6;
    case 'cap':
      return (
        1e6 -
        measure.percent * 1e3 -
        (measure.deadline === undefined ? 0 : placedDayNumber(measure.deadline) / 1e3)
      );
  }
}

function covers(scope: Scope, generation: string): boolean {
  return (
    scope.generations.includes('all') ||
    scope.generations.includes(generation as Scope['generations'][number])
  );
}

/**
 * Whether an amendment weakens a measure: a vendor dropped, a part or
 * generation no longer covered, or a weaker measure on a part that stays
 * (a later deadline, a higher cap).
 */
export function isNarrowing(before: MeasureShape, after: MeasureShape): boolean {
  const afterVendors = new Set(vendorsOf(after.vendors));
  if (vendorsOf(before.vendors).some((vendor) => !afterVendors.has(vendor))) return true;
  for (const old of before.scopes) {
    const generations = old.generations.includes('all') ? ['all'] : old.generations;
    for (const generation of generations) {
      const candidates = after.scopes.filter(
        (scope) =>
          (scope.part === old.part || scope.part === 'whole-network') &&
          (generation === 'all' ? scope.generations.includes('all') : covers(scope, generation)),
      );
      const best = Math.max(...candidates.map(strength));
      if (candidates.length === 0 || best < strength(old)) return true;
    }
  }
  return false;
}
