import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ActorState, MeasureState } from '../model/actor-state.js';
import type { NetworkPart, Scope } from '../events/measure.js';
import { dayNumber } from '../time/day.js';
import { reference } from '../testing/scenario.js';
import { exposureByMeasure, exposureOf } from './exposure.js';
import { indexReference } from './reference-index.js';
import type { LedgerView } from './view.js';

// A view without summaries (the API's, an older knownAt) answers exposure
// through a per-actor summary cached on the actor's measures array; the naive
// replay goes measure by measure. The property test comparing index and
// replay checks them against each other on
// realistic histories; this one does so on dense states (many measures per
// actor and market, suspended ones, removal deadlines, readmissions, shared
// measures arrays), which short histories rarely reach.

const ACTORS = [
  'BR',
  'GB',
  'SE',
  'ES',
  'PL',
  'XX',
  'operator:telefonica',
  'operator:vivo',
  'operator:orphan',
  'operator:ghost',
  'bloc:eu',
];
const VENDORS = ['vendor:huawei', 'vendor:zte', 'vendor:other'];
const PARTS: NetworkPart[] = ['core', 'ran', 'whole-network'];

const deadline = fc.constantFrom('2019', '2020-06', '2021-03-31', '2022-12', '2025');
const scope: fc.Arbitrary<Scope> = fc.record({
  part: fc.constantFrom(...PARTS),
  generations: fc.constantFrom<Scope['generations']>(['all'], ['5g'], ['4g']),
  measure: fc.oneof(
    fc.constant<Scope['measure']>({ kind: 'no-new-purchases' }),
    deadline.map<Scope['measure']>((date) => ({ kind: 'removal', deadline: date })),
    fc.constant<Scope['measure']>({ kind: 'cap', percent: 35 }),
  ),
});

const measure = (owner: string): fc.Arbitrary<MeasureState> =>
  fc
    .record({
      id: fc.constantFrom('m-a', 'm-b', 'm-c', 'm-d', 'z-1', 'a-9'),
      criteria: fc.boolean(),
      vendors: fc.subarray(VENDORS, { minLength: 1 }),
      scopes: fc.array(scope, { minLength: 1, maxLength: 3 }),
      status: fc.constantFrom<MeasureState['status']>(
        'active',
        'active',
        'suspended',
        'lifted',
        'reversed',
      ),
      readmittedVendors: fc.subarray(VENDORS, { maxLength: 1 }),
      readmittedParts: fc.subarray(PARTS, { maxLength: 1 }),
    })
    .map((m): MeasureState => ({
      measureId: `${owner}-${m.id}`,
      kind: 'BanEnacted',
      owner,
      instrument: 'law',
      vendors: m.criteria
        ? { kind: 'criteria', description: 'high-risk', knownAffected: m.vendors }
        : { kind: 'named', vendorIds: m.vendors },
      scopes: m.scopes,
      status: m.status,
      readmittedVendors: m.readmittedVendors,
      readmittedParts: m.readmittedParts,
      createdBy: 'event',
      since: 0,
    }));

const actorState = (actorId: string): fc.Arbitrary<ActorState> =>
  fc
    .record({
      measures: fc.array(measure(actorId), { maxLength: 6 }),
      homeCountry: fc.option(fc.constantFrom('BR', 'GB', 'QQ'), { nil: undefined }),
    })
    .map(({ measures, homeCountry }) => ({
      actorId,
      commitment: 'member',
      joinDay: 0,
      joinPosition: 0,
      joinEventId: 'pledge',
      measures,
      ...(homeCountry === undefined ? {} : { homeCountry }),
    }));

const states = fc
  .subarray(ACTORS, { minLength: 1 })
  .chain((actors) => fc.tuple(...actors.map(actorState)));

function viewOf(asOf: string, actorStates: readonly ActorState[]): LedgerView {
  return {
    asOfDay: dayNumber(asOf),
    actorIds: actorStates.map((state) => state.actorId),
    stateOf: (actorId) => actorStates.find((state) => state.actorId === actorId),
    forEachState: (visit) => actorStates.forEach(visit),
  };
}

describe('exposure through the per-actor cache', () => {
  const index = indexReference(reference);
  it('equals the measure-by-measure answer', () => {
    fc.assert(
      fc.property(
        states,
        fc.constantFrom('2018-06-01', '2020-06-30', '2021-03-31', '2023-01-01', '2026-01-01'),
        fc.option(fc.constantFrom(...VENDORS), { nil: undefined }),
        (actorStates, asOf, vendor) => {
          const view = viewOf(asOf, actorStates);
          // Twice: the second answer comes from the cache.
          const expected = exposureByMeasure(view, index, { asOf }, vendor);
          expect(exposureOf(view, index, { asOf }, vendor)).toEqual(expected);
          expect(exposureOf(view, index, { asOf }, vendor)).toEqual(expected);
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
  });
});
