import type { LedgerEvent } from '../events/envelope.js';
import {
  emptyActorState,
  stepActor,
  type ActorState,
  type StatusChange,
} from '../model/actor-state.js';
import { compareFacts, correctedFact, factOf, isFactEvent, type Fact } from '../model/fact.js';
import { dayNumber } from '../time/day.js';
import { instantMillis } from '../time/instant.js';
import { toCommitmentChange, type CommitmentChange } from './changes.js';
import { exposureByMeasure, type Exposure } from './exposure.js';
import { membershipOf, type Membership } from './membership.js';
import type { ReferenceData } from './reference-data.js';
import { indexReference } from './reference-index.js';
import { timelineOf, type ActorTimeline } from './timeline.js';
import { trendDates, trendPointOf, type TrendPoint, type TrendQuery } from './trends.js';
import type { AsOfQuery, LedgerView } from './view.js';

/*
 * The reference answers: a full fold over the log for every question. Slow
 * by design and simple enough to trust; the index is tested against them.
 */

/** Every fact as known at `knownAt`, with the corrections known by then applied. */
export function factsKnownAt(events: readonly LedgerEvent[], knownAt?: string): Fact[] {
  const limit = knownAt === undefined ? Number.POSITIVE_INFINITY : instantMillis(knownAt);
  const facts = new Map<string, Fact | null>();
  events.forEach((event, position) => {
    if (instantMillis(event.recordedAt) > limit) return;
    if (isFactEvent(event)) {
      if (!facts.has(event.id)) facts.set(event.id, factOf(event, position));
    } else if (event.type === 'EventCorrected') {
      const target = facts.get(event.data.correctedEventId);
      if (target) facts.set(target.eventId, correctedFact(target, event.data, event.id));
    } else {
      const target = facts.get(event.data.retractedEventId);
      if (target) facts.set(target.eventId, null);
    }
  });
  return [...facts.values()].filter((fact): fact is Fact => fact !== null);
}

interface ActorFold {
  readonly facts: Fact[];
  readonly changes: StatusChange[];
  readonly state: ActorState;
}

/** Folds every actor's facts in effect at `asOf` (as known at `knownAt`). */
export function replayActors(
  events: readonly LedgerEvent[],
  query: AsOfQuery,
): Map<string, ActorFold> {
  const asOfDay = dayNumber(query.asOf);
  const byActor = new Map<string, Fact[]>();
  for (const event of events) {
    if (!byActor.has(event.subject)) byActor.set(event.subject, []);
  }
  for (const fact of factsKnownAt(events, query.knownAt)) {
    if (fact.day <= asOfDay) byActor.get(fact.subject)?.push(fact);
  }
  const folds = new Map<string, ActorFold>();
  for (const [actorId, facts] of byActor) {
    facts.sort(compareFacts);
    let state = emptyActorState(actorId);
    const changes: StatusChange[] = [];
    for (const fact of facts) {
      const step = stepActor(state, fact);
      state = step.state;
      changes.push(...step.changes);
    }
    folds.set(actorId, { facts, changes, state });
  }
  return folds;
}

export function replayView(events: readonly LedgerEvent[], query: AsOfQuery): LedgerView {
  const folds = replayActors(events, query);
  return {
    asOfDay: dayNumber(query.asOf),
    actorIds: [...folds.keys()],
    stateOf: (actorId) => {
      const fold = folds.get(actorId);
      return fold === undefined || fold.facts.length === 0 ? undefined : fold.state;
    },
    forEachState: (visit) => {
      for (const fold of folds.values()) if (fold.facts.length > 0) visit(fold.state);
    },
  };
}

export function replayMembership(
  events: readonly LedgerEvent[],
  reference: ReferenceData,
  query: AsOfQuery,
): Membership {
  return membershipOf(replayView(events, query), indexReference(reference), query);
}

export function replayExposure(
  events: readonly LedgerEvent[],
  reference: ReferenceData,
  query: AsOfQuery,
  vendorId?: string,
): Exposure {
  return exposureByMeasure(replayView(events, query), indexReference(reference), query, vendorId);
}

export function replayRegressions(
  events: readonly LedgerEvent[],
  query: AsOfQuery,
): CommitmentChange[] {
  const changes: StatusChange[] = [];
  for (const fold of replayActors(events, query).values()) {
    changes.push(...fold.changes.filter((change) => change.regression));
  }
  changes.sort((a, b) => a.day - b.day || a.position - b.position);
  return changes.map(toCommitmentChange);
}

export function replayTimeline(
  events: readonly LedgerEvent[],
  actorId: string,
  query: AsOfQuery,
): ActorTimeline {
  const fold = replayActors(events, query).get(actorId);
  return timelineOf(actorId, query, fold?.facts ?? [], fold?.changes ?? [], fold?.state);
}

export function replayTrends(
  events: readonly LedgerEvent[],
  reference: ReferenceData,
  query: TrendQuery,
): TrendPoint[] {
  return trendDates(query.from, query.to, query.interval).map((asOf) => {
    const point = { asOf, ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }) };
    return trendPointOf(
      replayMembership(events, reference, point),
      replayExposure(events, reference, point, query.vendorId),
    );
  });
}
