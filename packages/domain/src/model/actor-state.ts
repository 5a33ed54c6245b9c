import type { Citation } from '../events/citation.js';
import type { NetworkPart, Scope, VendorSelector } from '../events/measure.js';
import { vendorsOf } from '../events/measure.js';
import type { MeasureInstrumentSchema } from '../events/measure.js';
import type { z } from 'zod';
import { applyStatusChange, isEnded, type MeasureLifecycle } from './measure-lifecycle.js';
import type { Fact } from './fact.js';
import {
  factMeasureId,
  factStatusChange,
  pledgeNames,
  reversesFully,
  reversesPledge,
} from './fact-digest.js';
import type { Precision } from '../time/partial-date.js';
import { isNarrowing } from './narrowing.js';

export type CommitmentStatus = 'none' | 'member' | 'weakened' | 'reversed';

export interface MeasureState {
  readonly measureId: string;
  readonly kind: 'VendorsExcluded' | 'BanEnacted';
  readonly owner: string;
  readonly instrument: z.infer<typeof MeasureInstrumentSchema>;
  readonly vendors: VendorSelector;
  readonly scopes: readonly Scope[];
  readonly status: MeasureLifecycle;
  readonly readmittedVendors: readonly string[];
  readonly readmittedParts: readonly NetworkPart[];
  readonly createdBy: string;
  readonly since: number;
}

/**
 * Everything derived about one actor after folding its facts up to a day.
 * Immutable: each step makes a new state and shares what did not change, so
 * a timeline can keep the state after every fact.
 */
export interface ActorState {
  readonly actorId: string;
  readonly commitment: CommitmentStatus;
  /** When the current membership began: day, log position and event of the pledge. */
  readonly joinDay: number | null;
  readonly joinPosition: number | null;
  readonly joinEventId: string | null;
  readonly name?: string;
  readonly homeCountry?: string;
  readonly measures: readonly MeasureState[];
}

export type ChangeDimension = 'commitment' | 'measure';

/** One derived change of status, with its cause. */
export interface StatusChange {
  readonly actorId: string;
  readonly day: number;
  /**
   * How precisely the cause's date is known: a month- or year-precision
   * change is placed at the end of its period, and readers may want to show
   * the whole period (e.g. Brazil's reversal "in 2021").
   */
  readonly effectivePrecision: Precision;
  readonly position: number;
  readonly causeEventId: string;
  readonly causeType: Fact['type'];
  readonly source: Citation;
  readonly dimension: ChangeDimension;
  readonly measureId?: string;
  readonly before: string;
  readonly after: string;
  /** Set for amendments: whether the new scopes or vendors are narrower. */
  readonly narrowed?: boolean;
  /** Vendors readmitted by a reversal, when any. */
  readonly vendorsReadmitted?: readonly string[];
  readonly regression: boolean;
}

export function emptyActorState(actorId: string): ActorState {
  return actorState(actorId, 'none', null, null, null, undefined, undefined, NO_MEASURES);
}

const NO_MEASURES: readonly MeasureState[] = [];

/**
 * Every state is built here with the same keys in the same order, so the
 * fold and its readers see one object shape (a timeline keeps a million).
 */
function actorState(
  actorId: string,
  commitment: CommitmentStatus,
  joinDay: number | null,
  joinPosition: number | null,
  joinEventId: string | null,
  name: string | undefined,
  homeCountry: string | undefined,
  measures: readonly MeasureState[],
): ActorState {
  return { actorId, commitment, joinDay, joinPosition, joinEventId, name, homeCountry, measures };
}

function withCommitment(state: ActorState, commitment: CommitmentStatus): ActorState {
  return actorState(
    state.actorId,
    commitment,
    state.joinDay,
    state.joinPosition,
    state.joinEventId,
    state.name,
    state.homeCountry,
    state.measures,
  );
}

function withMeasures(state: ActorState, measures: readonly MeasureState[]): ActorState {
  return actorState(
    state.actorId,
    state.commitment,
    state.joinDay,
    state.joinPosition,
    state.joinEventId,
    state.name,
    state.homeCountry,
    measures,
  );
}

/**
 * A measure with its changeable fields given; like the states, always the
 * same shape. Positional rather than an object of changes: a status change,
 * the commonest step, then allocates only the measure it keeps.
 */
function measureWith(
  measure: MeasureState,
  status: MeasureLifecycle,
  vendors: VendorSelector,
  scopes: readonly Scope[],
  readmittedVendors: readonly string[],
  readmittedParts: readonly NetworkPart[],
): MeasureState {
  return {
    measureId: measure.measureId,
    kind: measure.kind,
    owner: measure.owner,
    instrument: measure.instrument,
    vendors,
    scopes,
    status,
    readmittedVendors,
    readmittedParts,
    createdBy: measure.createdBy,
    since: measure.since,
  };
}

function measureWithStatus(measure: MeasureState, status: MeasureLifecycle): MeasureState {
  return measureWith(
    measure,
    status,
    measure.vendors,
    measure.scopes,
    measure.readmittedVendors,
    measure.readmittedParts,
  );
}

const COMMITMENT_RANK: Record<CommitmentStatus, number> = {
  none: 0,
  reversed: 0,
  weakened: 1,
  member: 2,
};

export function isCommitted(status: CommitmentStatus): boolean {
  return status === 'member' || status === 'weakened';
}

export interface Step {
  readonly state: ActorState;
  readonly changes: readonly StatusChange[];
}

const NO_CHANGES: readonly StatusChange[] = [];

type ChangeFields = Omit<
  StatusChange,
  'actorId' | 'day' | 'effectivePrecision' | 'position' | 'causeEventId' | 'causeType' | 'source'
>;

function changeOf(state: ActorState, fact: Fact, fields: ChangeFields): StatusChange {
  return {
    actorId: state.actorId,
    day: fact.day,
    effectivePrecision: fact.effectivePrecision,
    position: fact.position,
    causeEventId: fact.eventId,
    causeType: fact.type,
    source: fact.source,
    ...fields,
  };
}

/** Folds one fact (in timeline order) into an actor's state, with the status changes it caused. */
export function stepActor(state: ActorState, fact: Fact): Step {
  const changes: StatusChange[] = [];
  const next = advance(state, fact, changes);
  return { state: next, changes: changes.length === 0 ? NO_CHANGES : changes };
}

/**
 * `stepActor`'s state alone, without describing the changes: the index folds
 * whole timelines with it and derives a fact's changes only when a query asks
 * for them, by stepping again from the state before it.
 */
export function nextActorState(state: ActorState, fact: Fact): ActorState {
  return advance(state, fact, undefined);
}

/**
 * The fold itself. A fact that changes nothing returns the same state, so
 * consecutive timeline entries share it. Changes are pushed to `changes`
 * when given.
 */
function advance(state: ActorState, fact: Fact, changes: StatusChange[] | undefined): ActorState {
  switch (fact.type) {
    case 'PledgeMade': {
      const names = pledgeNames(fact);
      const rejoining = state.commitment === 'none' || state.commitment === 'reversed';
      const name = names?.actorName ?? state.name;
      const homeCountry = names?.homeCountry ?? state.homeCountry;
      if (state.commitment === 'member')
        return name === state.name && homeCountry === state.homeCountry
          ? state
          : actorState(
              state.actorId,
              'member',
              state.joinDay,
              state.joinPosition,
              state.joinEventId,
              name,
              homeCountry,
              state.measures,
            );
      changes?.push(
        changeOf(state, fact, {
          dimension: 'commitment',
          before: state.commitment,
          after: 'member',
          regression: false,
        }),
      );
      return actorState(
        state.actorId,
        'member',
        rejoining ? fact.day : state.joinDay,
        rejoining ? fact.position : state.joinPosition,
        rejoining ? fact.eventId : state.joinEventId,
        name,
        homeCountry,
        state.measures,
      );
    }
    case 'VendorsExcluded':
    case 'BanEnacted': {
      if (measureIndex(state.measures, factMeasureId(fact)) >= 0) return state;
      const data = fact.data as Extract<Fact['data'], { instrument: string; scopes: unknown }>;
      const measure: MeasureState = {
        measureId: data.measureId,
        kind: fact.type,
        owner: state.actorId,
        instrument: data.instrument,
        vendors: data.vendors,
        scopes: data.scopes,
        status: 'active',
        readmittedVendors: NO_STRINGS,
        readmittedParts: NO_PARTS,
        createdBy: fact.eventId,
        since: fact.day,
      };
      changes?.push(
        changeOf(state, fact, {
          dimension: 'measure',
          measureId: data.measureId,
          before: 'none',
          after: 'active',
          regression: false,
        }),
      );
      return withMeasures(state, [...state.measures, measure]);
    }
    case 'MeasureStatusChanged': {
      const index = measureIndex(state.measures, factMeasureId(fact));
      if (index < 0) return state;
      const measure = state.measures[index] as MeasureState;
      const status = applyStatusChange(measure.status, factStatusChange(fact));
      if (status === measure.status) return state;
      changes?.push(
        changeOf(state, fact, {
          dimension: 'measure',
          measureId: measure.measureId,
          before: measure.status,
          after: status,
          regression: status === 'suspended' || status === 'lifted',
        }),
      );
      return replaceMeasure(state, index, measureWithStatus(measure, status));
    }
    case 'MeasureAmended': {
      const index = measureIndex(state.measures, factMeasureId(fact));
      if (index < 0) return state;
      const measure = state.measures[index] as MeasureState;
      if (isEnded(measure.status)) return state;
      const data = fact.data as Extract<Fact['data'], { scopes: unknown; measureId: string }> & {
        vendors?: VendorSelector;
      };
      const amended = measureWith(
        measure,
        measure.status,
        data.vendors ?? measure.vendors,
        data.scopes,
        measure.readmittedVendors,
        measure.readmittedParts,
      );
      if (changes !== undefined) {
        const narrowed = isNarrowing(measure, amended);
        changes.push(
          changeOf(state, fact, {
            dimension: 'measure',
            measureId: measure.measureId,
            before: measure.status,
            after: measure.status,
            narrowed,
            regression: narrowed,
          }),
        );
      }
      return replaceMeasure(state, index, amended);
    }
    case 'CommitmentReversed': {
      // `data` is read only where the readmitted vendors or parts matter (see fact-digest.ts).
      type ReversalData = Extract<Fact['data'], { target: unknown }>;
      const full = reversesFully(fact);
      if (reversesPledge(fact)) {
        if (!isCommitted(state.commitment)) return state;
        const after: CommitmentStatus = full ? 'reversed' : 'weakened';
        if (changes !== undefined) {
          const { vendorsReadmitted } = fact.data as ReversalData;
          changes.push(
            changeOf(state, fact, {
              dimension: 'commitment',
              before: state.commitment,
              after,
              vendorsReadmitted,
              regression:
                COMMITMENT_RANK[after] < COMMITMENT_RANK[state.commitment] ||
                vendorsReadmitted.length > 0,
            }),
          );
        }
        return withCommitment(state, after);
      }
      const index = measureIndex(state.measures, factMeasureId(fact));
      if (index < 0) return state;
      const measure = state.measures[index] as MeasureState;
      if (isEnded(measure.status)) return state;
      if (full) {
        changes?.push(
          changeOf(state, fact, {
            dimension: 'measure',
            measureId: measure.measureId,
            before: measure.status,
            after: 'reversed',
            vendorsReadmitted: (fact.data as ReversalData).vendorsReadmitted,
            regression: true,
          }),
        );
        return replaceMeasure(state, index, measureWithStatus(measure, 'reversed'));
      }
      const data = fact.data as ReversalData;
      changes?.push(
        changeOf(state, fact, {
          dimension: 'measure',
          measureId: measure.measureId,
          before: measure.status,
          after: measure.status,
          narrowed: true,
          vendorsReadmitted: data.vendorsReadmitted,
          regression: true,
        }),
      );
      return replaceMeasure(
        state,
        index,
        measureWith(
          measure,
          measure.status,
          measure.vendors,
          measure.scopes,
          union(measure.readmittedVendors, data.vendorsReadmitted),
          union(measure.readmittedParts, data.partsReadmitted ?? []),
        ),
      );
    }
  }
}

const NO_STRINGS: readonly string[] = [];
const NO_PARTS: readonly NetworkPart[] = [];

function measureIndex(measures: readonly MeasureState[], measureId: string): number {
  for (let index = 0; index < measures.length; index += 1)
    if ((measures[index] as MeasureState).measureId === measureId) return index;
  return -1;
}

function replaceMeasure(state: ActorState, index: number, measure: MeasureState): ActorState {
  const measures = state.measures.slice();
  measures[index] = measure;
  return withMeasures(state, measures);
}

function union<T>(a: readonly T[], b: readonly T[]): readonly T[] {
  if (b.length === 0) return a;
  return [...new Set([...a, ...b])];
}

/** Vendors a measure still bars, after readmissions. */
export function barredVendors(measure: MeasureState): readonly string[] {
  const named = vendorsOf(measure.vendors);
  return measure.readmittedVendors.length === 0
    ? named
    : named.filter((vendor) => !measure.readmittedVendors.includes(vendor));
}
