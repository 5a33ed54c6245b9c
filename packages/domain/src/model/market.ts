import { actorKindOf } from '../events/actor-ids.js';
import type { Scope } from '../events/measure.js';
import { placedDayNumber } from '../time/partial-date.js';
import { barredVendors, type MeasureState } from './actor-state.js';

/** Market status of a country for one vendor, strongest first. */
export const MARKET_STATUSES = [
  'suspended',
  'closed',
  'phase-out-pending',
  'restricted',
  'open',
] as const;
export type MarketStatus = (typeof MARKET_STATUSES)[number];

type BarringClass = 'closed' | 'phase-out-pending' | 'restricted';
const CLASS_RANK: Record<BarringClass | 'none', number> = {
  none: 0,
  restricted: 1,
  'phase-out-pending': 2,
  closed: 3,
};

/**
 * How measures bar a vendor, reduced to three day thresholds so that the
 * class at any date is a few comparisons (deadlines pass without an event):
 * closed from `closedFrom`; phase-out pending before `pendingBefore`;
 * restricted from `restrictedFrom`.
 */
export interface Barring {
  closedFrom: number;
  pendingBefore: number;
  restrictedFrom: number;
}

const NEVER = Number.POSITIVE_INFINITY;
const ALWAYS = Number.NEGATIVE_INFINITY;

export function noBarring(): Barring {
  return { closedFrom: NEVER, pendingBefore: ALWAYS, restrictedFrom: NEVER };
}

/**
 * Folds one measure's barring into a packed threshold list (three numbers per
 * entry, starting at `at`): the combination of several measures closes and
 * restricts from the earliest day and keeps a phase-out pending until the
 * latest deadline.
 */
export function combineBarringAt(
  thresholds: number[] | Float64Array,
  at: number,
  barring: Barring,
): void {
  thresholds[at] = Math.min(thresholds[at] as number, barring.closedFrom);
  thresholds[at + 1] = Math.max(thresholds[at + 1] as number, barring.pendingBefore);
  thresholds[at + 2] = Math.min(thresholds[at + 2] as number, barring.restrictedFrom);
}

/** Sets the packed entry at `at` to no barring: where `combineBarringAt` starts from. */
export function clearBarringAt(thresholds: number[] | Float64Array, at: number): void {
  thresholds[at] = NEVER;
  thresholds[at + 1] = ALWAYS;
  thresholds[at + 2] = NEVER;
}

export function classAt(barring: Barring, day: number): BarringClass | 'none' {
  if (day >= barring.closedFrom) return 'closed';
  if (day < barring.pendingBefore) return 'phase-out-pending';
  if (day >= barring.restrictedFrom) return 'restricted';
  return 'none';
}

/**
 * A scope bars the whole network when it names the whole network for 5G or
 * for every generation, and no part of it was readmitted.
 */
function barsWholeNetwork(scope: Scope, measure: MeasureState): boolean {
  return (
    scope.part === 'whole-network' &&
    measure.readmittedParts.length === 0 &&
    (scope.generations.includes('all') || scope.generations.includes('5g'))
  );
}

/**
 * How one measure bars its vendors. A government's measure can close a
 * market; an operator's measure only restricts it (other operators may still
 * buy).
 */
export function measureBarring(measure: MeasureState): Barring {
  const barring = noBarring();
  const operatorOnly = actorKindOf(measure.owner) !== 'country';
  for (const scope of measure.scopes) {
    if (measure.readmittedParts.includes(scope.part)) continue;
    if (operatorOnly) {
      barring.restrictedFrom = ALWAYS;
      continue;
    }
    const whole = barsWholeNetwork(scope, measure);
    const rule = scope.measure;
    switch (rule.kind) {
      case 'no-new-purchases':
        if (whole) barring.closedFrom = ALWAYS;
        else barring.restrictedFrom = ALWAYS;
        break;
      case 'removal': {
        const deadline = placedDayNumber(rule.deadline);
        barring.pendingBefore = Math.max(barring.pendingBefore, deadline);
        if (whole) barring.closedFrom = Math.min(barring.closedFrom, deadline);
        else barring.restrictedFrom = Math.min(barring.restrictedFrom, deadline);
        break;
      }
      case 'cap':
        barring.restrictedFrom = ALWAYS;
        break;
    }
  }
  return barring;
}

/** How a measure bars, and whom: computed once per (immutable) measure state. */
export interface MeasureEffect {
  readonly barring: Barring;
  readonly vendors: readonly string[];
  /** `vendors` as small integers (see `VendorNumbers`), for array-indexed accumulation. */
  readonly vendorNumbers: readonly number[];
}

/**
 * Vendor ids numbered 0, 1, 2... in the order they are first met, so that
 * per-vendor accumulators can be arrays indexed by number. Numbers mean
 * something only to the registry that gave them: each index (and each
 * replay) owns one, so two indexes in one process never share numbering.
 * Vendors are few (tens), so it stays small.
 */
export class VendorNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];

  numberOf(vendor: string): number {
    let number = this.numbers.get(vendor);
    if (number === undefined) {
      number = this.names.length;
      this.numbers.set(vendor, number);
      this.names.push(vendor);
    }
    return number;
  }

  nameOf(number: number): string {
    return this.names[number] as string;
  }
}

/** The barring of a live measure, computed afresh, its vendors numbered by `numbers`. */
export function computeMeasureEffect(measure: MeasureState, numbers: VendorNumbers): MeasureEffect {
  const vendors = barredVendors(measure);
  return {
    barring: measureBarring(measure),
    vendors,
    vendorNumbers: vendors.map((vendor) => numbers.numberOf(vendor)),
  };
}

/**
 * The effect of `measure`, a later version of `before` whose effect was
 * `effect`: its vendors are kept when the measure names and readmits the
 * same vendor lists, its barring when it has the same owner, scopes and
 * readmitted parts (an amendment usually replaces only the scopes, a partial
 * reversal only the readmitted vendors).
 */
export function updatedMeasureEffect(
  measure: MeasureState,
  before: MeasureState,
  effect: MeasureEffect,
  numbers: VendorNumbers,
): MeasureEffect {
  const sameVendors =
    measure.vendors === before.vendors && measure.readmittedVendors === before.readmittedVendors;
  const sameBarring =
    measure.owner === before.owner &&
    measure.scopes === before.scopes &&
    measure.readmittedParts === before.readmittedParts;
  if (!sameVendors && !sameBarring) return computeMeasureEffect(measure, numbers);
  const vendors = sameVendors ? effect.vendors : barredVendors(measure);
  return {
    barring: sameBarring ? effect.barring : measureBarring(measure),
    vendors,
    vendorNumbers: sameVendors
      ? effect.vendorNumbers
      : vendors.map((vendor) => numbers.numberOf(vendor)),
  };
}

/**
 * Measures' effects, each computed once per (immutable) measure state:
 * measure states are shared by every later actor state. Owned by whoever
 * owns the vendor numbering (one replay's exposure answer).
 */
export class MeasureEffects {
  readonly vendors = new VendorNumbers();
  private readonly effects = new WeakMap<MeasureState, MeasureEffect>();

  of(measure: MeasureState): MeasureEffect {
    let effect = this.effects.get(measure);
    if (effect === undefined) {
      effect = computeMeasureEffect(measure, this.vendors);
      this.effects.set(measure, effect);
    }
    return effect;
  }
}

/**
 * The market status from the combined barring of a country's own measures
 * and its operators': `suspended` when the strongest measure is suspended,
 * otherwise the class of the strongest active one.
 */
export function marketStatusAt(active: Barring, suspended: Barring, day: number): MarketStatus {
  const activeClass = classAt(active, day);
  const suspendedClass = classAt(suspended, day);
  if (CLASS_RANK[suspendedClass] > CLASS_RANK[activeClass]) return 'suspended';
  return activeClass === 'none' ? 'open' : activeClass;
}
