import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  barringSummary,
  computeMeasureEffect,
  emptyActorState,
  type MeasureState,
  type NetworkPart,
  type Scope,
} from '@cleannet/domain';
import { BarringTracker } from './barring-tracker.js';
import { IndexWorkspace } from './index-workspace.js';

// The tracker carries summaries and effects over from one state to the next;
// whatever the steps, each summary must be the one computed from scratch.

const VENDORS = ['vendor:huawei', 'vendor:zte', 'vendor:other'];
const PARTS: NetworkPart[] = ['core', 'ran', 'whole-network'];
const STATUSES: MeasureState['status'][] = ['active', 'suspended', 'lifted', 'reversed'];

const scope: fc.Arbitrary<Scope> = fc.record({
  part: fc.constantFrom(...PARTS),
  generations: fc.constantFrom<Scope['generations']>(['all'], ['5g']),
  measure: fc.oneof(
    fc.constant<Scope['measure']>({ kind: 'no-new-purchases' }),
    fc
      .constantFrom('2019', '2021-03', '2025')
      .map<Scope['measure']>((deadline) => ({ kind: 'removal', deadline })),
    fc.constant<Scope['measure']>({ kind: 'cap', percent: 35 }),
  ),
});

const step = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    vendors: fc.subarray(VENDORS, { minLength: 1 }),
    scopes: fc.array(scope, { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...STATUSES),
  }),
  fc.record({
    kind: fc.constant('amend' as const),
    pick: fc.nat(),
    scopes: fc.array(scope, { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant('readmit' as const),
    pick: fc.nat(),
    vendor: fc.constantFrom(...VENDORS),
    part: fc.option(fc.constantFrom(...PARTS), { nil: undefined }),
  }),
  fc.constant({ kind: 'none' as const }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Applies a step the way `stepActor` does: a new array, unchanged measures shared. */
function applyStep(
  measures: readonly MeasureState[],
  change: Step,
  count: number,
): readonly MeasureState[] {
  if (change.kind === 'none') return measures;
  if (change.kind === 'add')
    return [
      ...measures,
      {
        measureId: `m-${(count * 7919) % 97}-${count}`,
        kind: 'BanEnacted',
        owner: count % 2 === 0 ? 'BR' : 'operator:vivo',
        instrument: 'law',
        vendors: { kind: 'named', vendorIds: change.vendors },
        scopes: change.scopes,
        status: 'active',
        readmittedVendors: [],
        readmittedParts: [],
        createdBy: `e-${count}`,
        since: 0,
      },
    ];
  if (measures.length === 0) return measures;
  const index = change.pick % measures.length;
  const measure = measures[index] as MeasureState;
  const next = measures.slice();
  if (change.kind === 'status') next[index] = { ...measure, status: change.status };
  else if (change.kind === 'amend') next[index] = { ...measure, scopes: change.scopes };
  else
    next[index] = {
      ...measure,
      readmittedVendors: [...measure.readmittedVendors, change.vendor],
      readmittedParts:
        change.part === undefined
          ? measure.readmittedParts
          : [...measure.readmittedParts, change.part],
    };
  return next;
}

describe('BarringTracker', () => {
  it('gives every state the summary computed from scratch', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const workspace = new IndexWorkspace();
        const tracker = new BarringTracker(undefined, undefined, workspace);
        const effectOf = (measure: MeasureState) =>
          computeMeasureEffect(measure, workspace.vendors);
        let measures: readonly MeasureState[] = [];
        steps.forEach((change, count) => {
          measures = applyStep(measures, change, count);
          const state = { ...emptyActorState('BR'), measures };
          expect(tracker.next(state)).toEqual(barringSummary(measures, effectOf));
        });
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
