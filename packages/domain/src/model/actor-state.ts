import type { Citation } from '../events/citation.js';
import type { NetworkPart, Scope, VendorSelector } from '../events/measure.js';
import { vendorsOf } from '../events/measure.js';
import type { MeasureInstrumentSchema } from '../events/measure.js';
import type { z } from 'zod';
import { applyStatusChange, isEnded, type MeasureLifecycle } from './measure-lifecycle.js';
import type { Fact } from './fact.js';
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
  return {
    actorId,
    commitment: 'none',
    joinDay: null,
    joinPosition: null,
    joinEventId: null,
    measures: [],
  };
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

/** Folds one fact (in timeline order) into an actor's state. */
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

export function stepActor(state: ActorState, fact: Fact): Step {
  switch (fact.type) {
    case 'PledgeMade': {
      const data = fact.data as Extract<Fact['data'], { programme: string }>;
      const rejoining = state.commitment === 'none' || state.commitment === 'reversed';
      const next: ActorState = {
        ...state,
        commitment: 'member',
        joinDay: rejoining ? fact.day : state.joinDay,
        joinPosition: rejoining ? fact.position : state.joinPosition,
        joinEventId: rejoining ? fact.eventId : state.joinEventId,
        name: data.actorName ?? state.name,
        homeCountry: data.homeCountry ?? state.homeCountry,
      };
      return {
        state: next,
        changes:
          state.commitment === 'member'
            ? NO_CHANGES
            : [
                changeOf(state, fact, {
                  dimension: 'commitment',
                  before: state.commitment,
                  after: 'member',
                  regression: false,
                }),
              ],
      };
    }
    case 'VendorsExcluded':
    case 'BanEnacted': {
      const data = fact.data as Extract<Fact['data'], { instrument: string; scopes: unknown }>;
      if (state.measures.some((measure) => measure.measureId === data.measureId))
        return { state, changes: NO_CHANGES };
      const measure: MeasureState = {
        measureId: data.measureId,
        kind: fact.type,
        owner: state.actorId,
        instrument: data.instrument,
        vendors: data.vendors,
        scopes: data.scopes,
        status: 'active',
        readmittedVendors: [],
        readmittedParts: [],
        createdBy: fact.eventId,
        since: fact.day,
      };
      return {
        state: { ...state, measures: [...state.measures, measure] },
        changes: [
          changeOf(state, fact, {
            dimension: 'measure',
            measureId: data.measureId,
            before: 'none',
            after: 'active',
            regression: false,
          }),
        ],
      };
    }
    case 'MeasureStatusChanged': {
      const data = fact.data as Extract<Fact['data'], { change: string }>;
      return updateMeasure(state, data.measureId, (measure) => {
        const status = applyStatusChange(measure.status, data.change);
        if (status === measure.status) return undefined;
        const weakens = status === 'suspended' || status === 'lifted';
        return {
          measure: { ...measure, status },
          change: changeOf(state, fact, {
            dimension: 'measure',
            measureId: measure.measureId,
            before: measure.status,
            after: status,
            regression: weakens,
          }),
        };
      });
    }
    case 'MeasureAmended': {
      const data = fact.data as Extract<Fact['data'], { scopes: unknown; measureId: string }> & {
        vendors?: VendorSelector;
      };
      return updateMeasure(state, data.measureId, (measure) => {
        if (isEnded(measure.status)) return undefined;
        const amended: MeasureState = {
          ...measure,
          scopes: data.scopes,
          vendors: data.vendors ?? measure.vendors,
        };
        const narrowed = isNarrowing(measure, amended);
        return {
          measure: amended,
          change: changeOf(state, fact, {
            dimension: 'measure',
            measureId: measure.measureId,
            before: measure.status,
            after: measure.status,
            narrowed,
            regression: narrowed,
          }),
        };
      });
    }
    case 'CommitmentReversed': {
      const data = fact.data as Extract<Fact['data'], { target: unknown }>;
      if (data.target.kind === 'pledge') {
        if (!isCommitted(state.commitment)) return { state, changes: NO_CHANGES };
        const after: CommitmentStatus = data.extent === 'full' ? 'reversed' : 'weakened';
        return {
          state: { ...state, commitment: after },
          changes: [
            changeOf(state, fact, {
              dimension: 'commitment',
              before: state.commitment,
              after,
              vendorsReadmitted: data.vendorsReadmitted,
              regression:
                COMMITMENT_RANK[after] < COMMITMENT_RANK[state.commitment] ||
                data.vendorsReadmitted.length > 0,
            }),
          ],
        };
      }
      return updateMeasure(state, data.target.measureId, (measure) => {
        if (isEnded(measure.status)) return undefined;
        if (data.extent === 'full') {
          return {
            measure: { ...measure, status: 'reversed' },
            change: changeOf(state, fact, {
              dimension: 'measure',
              measureId: measure.measureId,
              before: measure.status,
              after: 'reversed',
              vendorsReadmitted: data.vendorsReadmitted,
              regression: true,
            }),
          };
        }
        const readmitted: MeasureState = {
          ...measure,
          readmittedVendors: union(measure.readmittedVendors, data.vendorsReadmitted),
          readmittedParts: union(measure.readmittedParts, data.partsReadmitted ?? []),
        };
        return {
          measure: readmitted,
          change: changeOf(state, fact, {
            dimension: 'measure',
            measureId: measure.measureId,
            before: measure.status,
            after: measure.status,
            narrowed: true,
            vendorsReadmitted: data.vendorsReadmitted,
            regression: true,
          }),
        };
      });
    }
  }
}

function updateMeasure(
  state: ActorState,
  measureId: string,
  update: (measure: MeasureState) => { measure: MeasureState; change: StatusChange } | undefined,
): Step {
  const index = state.measures.findIndex((measure) => measure.measureId === measureId);
  const current = index < 0 ? undefined : state.measures[index];
  const result = current === undefined ? undefined : update(current);
  if (result === undefined) return { state, changes: NO_CHANGES };
  const measures = state.measures.slice();
  measures[index] = result.measure;
  return { state: { ...state, measures }, changes: [result.change] };
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
