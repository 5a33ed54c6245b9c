import type { Citation } from '../events/citation.js';
import type { ActorState, StatusChange } from '../model/actor-state.js';
import type { Fact } from '../model/fact.js';
import type { MeasureLifecycle } from '../model/measure-lifecycle.js';
import { dayFromNumber } from '../time/day.js';
import { toCommitmentChange, type CommitmentChange } from './changes.js';

export interface TimelineEntry {
  readonly eventId: string;
  readonly type: Fact['type'];
  readonly effectiveAt: string;
  readonly effectivePrecision: Fact['effectivePrecision'];
  /** Where the date is placed on the timeline (end of its period). */
  readonly effectiveOn: string;
  readonly recordedAt: string;
  readonly correctedBy?: string;
  readonly source: Citation;
  readonly data: Fact['data'];
}

export interface ActorTimeline {
  readonly actorId: string;
  readonly asOf: string;
  readonly knownAt?: string;
  readonly events: readonly TimelineEntry[];
  readonly changes: readonly CommitmentChange[];
  readonly status: {
    readonly commitment: ActorState['commitment'];
    readonly joined?: string;
    readonly measures: readonly { readonly measureId: string; readonly status: MeasureLifecycle }[];
  };
}

/** Builds an actor's timeline from its facts in effect at asOf (timeline order) and their changes. */
export function timelineOf(
  actorId: string,
  query: { asOf: string; knownAt?: string },
  facts: readonly Fact[],
  changes: readonly StatusChange[],
  state: ActorState | undefined,
): ActorTimeline {
  return {
    actorId,
    asOf: query.asOf,
    ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }),
    events: facts.map((fact) => ({
      eventId: fact.eventId,
      type: fact.type,
      effectiveAt: fact.effectiveAt,
      effectivePrecision: fact.effectivePrecision,
      effectiveOn: dayFromNumber(fact.day),
      recordedAt: fact.recordedAt,
      ...(fact.correctedBy === undefined ? {} : { correctedBy: fact.correctedBy }),
      source: fact.source,
      data: fact.data,
    })),
    changes: changes.map(toCommitmentChange),
    status: {
      commitment: state?.commitment ?? 'none',
      ...(state?.joinDay === null || state?.joinDay === undefined
        ? {}
        : { joined: dayFromNumber(state.joinDay) }),
      measures: (state?.measures ?? []).map((measure) => ({
        measureId: measure.measureId,
        status: measure.status,
      })),
    },
  };
}
