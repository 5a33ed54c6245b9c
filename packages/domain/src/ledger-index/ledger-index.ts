import type { LedgerEvent } from '../events/envelope.js';
import { correctedFact, factOf, isFactEvent, type Fact } from '../model/fact.js';
import type { StatusChange } from '../model/actor-state.js';
import { dayNumber } from '../time/day.js';
import { instantMillis } from '../time/instant.js';
import { toCommitmentChange, type CommitmentChange } from '../projections/changes.js';
import { exposureOf, type Exposure } from '../projections/exposure.js';
import { membershipOf, type Membership } from '../projections/membership.js';
import type { ReferenceData } from '../projections/reference-data.js';
import { indexReference } from '../projections/reference-index.js';
import { timelineOf, type ActorTimeline as ActorTimelineResult } from '../projections/timeline.js';
import {
  trendDates,
  trendPointOf,
  type TrendPoint,
  type TrendQuery,
} from '../projections/trends.js';
import type { AsOfQuery, LedgerView } from '../projections/view.js';
import {
  addTouchRecord,
  addVersion,
  latestVersion,
  historyAt,
  insertFact,
  newActorTimeline,
  removeFact,
  stateAt,
  type ActorTimeline,
  type FactRecord,
} from './actor-timeline.js';
import { changesCausedBy } from './changes-for.js';

export interface LedgerIndex {
  /** Feeds one stored event, in log order. */
  apply(event: LedgerEvent): void;
  /** Number of events applied so far (the next event's log position). */
  readonly size: number;
  membership(query: AsOfQuery): Membership;
  exposure(query: AsOfQuery, vendorId?: string): Exposure;
  trends(query: TrendQuery): TrendPoint[];
  /** Every regression effective on or before asOf, in timeline order. */
  regressions(query: AsOfQuery): CommitmentChange[];
  timeline(actorId: string, query: AsOfQuery): ActorTimelineResult;
  /** The commitment changes an applied event caused, compared at the day it touched. */
  changesFor(event: LedgerEvent): CommitmentChange[];
  /** Every actor's state at the query: what the projections are computed from. */
  view(query: AsOfQuery): LedgerView;
}

/**
 * The read side: per-actor interval timelines fed in log order, answering
 * as-of questions by binary search instead of replaying the log.
 */
export function createLedgerIndex(reference: ReferenceData): LedgerIndex {
  const referenceIndex = indexReference(reference);
  const timelines = new Map<string, ActorTimeline>();
  const actorIds: string[] = [];
  const timelineList: ActorTimeline[] = [];
  const factRecords = new Map<string, FactRecord>();
  const positions = new Map<string, number>();
  let size = 0;
  let lastRecordedAtMs = Number.NEGATIVE_INFINITY;
  let monotonic = true;

  function timelineOfActor(actorId: string): ActorTimeline {
    let timeline = timelines.get(actorId);
    if (timeline === undefined) {
      timeline = newActorTimeline(actorId);
      timelines.set(actorId, timeline);
      actorIds.push(actorId);
      timelineList.push(timeline);
    }
    return timeline;
  }

  function apply(event: LedgerEvent): void {
    const position = size;
    size += 1;
    const recordedAtMs = instantMillis(event.recordedAt);
    if (recordedAtMs < lastRecordedAtMs) monotonic = false;
    lastRecordedAtMs = Math.max(lastRecordedAtMs, recordedAtMs);
    const subjectTimeline = timelineOfActor(event.subject);

    if (isFactEvent(event)) {
      if (factRecords.has(event.id)) return;
      const fact = factOf(event, position);
      const record: FactRecord = {
        eventId: event.id,
        actor: subjectTimeline,
        recordedAtMs,
        position,
        fact,
        later: undefined,
      };
      factRecords.set(event.id, record);
      subjectTimeline.factRecords.push(record);
      insertFact(subjectTimeline, fact);
      addTouchRecord(subjectTimeline, recordedAtMs, fact.day);
      return;
    }
    // A fact's position is kept on its record; only corrections and retractions need this map.
    if (!positions.has(event.id)) positions.set(event.id, position);
    const targetId =
      event.type === 'EventCorrected' ? event.data.correctedEventId : event.data.retractedEventId;
    const record = factRecords.get(targetId);
    const current = record === undefined ? null : latestVersion(record);
    if (record === undefined || current === null) return;
    const timeline = record.actor;
    removeFact(timeline, current);
    let touchDay = current.day;
    if (event.type === 'EventCorrected') {
      const corrected = correctedFact(current, event.data, event.id);
      insertFact(timeline, corrected);
      addVersion(record, {
        recordedAtMs,
        position,
        fact: corrected,
        change: { correctionId: event.id, data: event.data },
      });
      touchDay = Math.min(touchDay, corrected.day);
    } else {
      addVersion(record, { recordedAtMs, position, fact: null, change: 'retracted' });
    }
    addTouchRecord(timeline, recordedAtMs, touchDay);
  }

  /** `undefined` when the query sees everything applied: the fast path. */
  function knownAtMillis(query: { knownAt?: string }): number | undefined {
    if (query.knownAt === undefined) return undefined;
    const millis = instantMillis(query.knownAt);
    return millis >= lastRecordedAtMs ? undefined : millis;
  }

  function view(query: AsOfQuery): LedgerView {
    const asOfDay = dayNumber(query.asOf);
    const knownAtMs = knownAtMillis(query);
    return {
      asOfDay,
      actorIds,
      stateOf: (actorId) => {
        const timeline = timelines.get(actorId);
        return timeline === undefined
          ? undefined
          : stateAt(timeline, asOfDay, knownAtMs, monotonic);
      },
      forEachState: (visit) => {
        for (const timeline of timelineList) {
          const state = stateAt(timeline, asOfDay, knownAtMs, monotonic);
          if (state !== undefined) visit(state);
        }
      },
    };
  }

  function history(actorId: string, query: AsOfQuery): { facts: Fact[]; changes: StatusChange[] } {
    const timeline = timelines.get(actorId);
    if (timeline === undefined) return { facts: [], changes: [] };
    return historyAt(timeline, dayNumber(query.asOf), knownAtMillis(query), monotonic);
  }

  const membership = (query: AsOfQuery) => membershipOf(view(query), referenceIndex, query);
  const exposure = (query: AsOfQuery, vendorId?: string) =>
    exposureOf(view(query), referenceIndex, query, vendorId);

  return {
    apply,
    get size() {
      return size;
    },
    membership,
    exposure,
    trends: (query) =>
      trendDates(query.from, query.to, query.interval).map((asOf) => {
        const point = { asOf, ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }) };
        return trendPointOf(membership(point), exposure(point, query.vendorId));
      }),
    regressions: (query) => {
      const found: StatusChange[] = [];
      for (const actorId of actorIds) {
        for (const change of history(actorId, query).changes)
          if (change.regression) found.push(change);
      }
      found.sort((a, b) => a.day - b.day || a.position - b.position);
      return found.map(toCommitmentChange);
    },
    timeline: (actorId, query) => {
      const { facts, changes } = history(actorId, query);
      return timelineOf(actorId, query, facts, changes, view(query).stateOf(actorId));
    },
    changesFor: (event) => {
      const position = isFactEvent(event)
        ? factRecords.get(event.id)?.position
        : positions.get(event.id);
      if (position === undefined)
        throw new Error(`event ${event.id} has not been applied to this index`);
      return changesCausedBy(event, position, factRecords);
    },
    view,
  };
}
