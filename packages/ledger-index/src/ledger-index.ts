import {
  type ActorBarring,
  actorKindOf,
  type ActorState,
  type ActorTimeline as ActorTimelineResult,
  type AsOfQuery,
  type CommitmentChange,
  correctedFact,
  dayNumber,
  type EventCorrectedData,
  type EventRetractedData,
  type Exposure,
  exposureFromSummaries,
  type Fact,
  type ForEachStateWithBarring,
  indexReference,
  instantMillis,
  internedEventType,
  isFactEvent,
  type LedgerEvent,
  type LedgerEventOf,
  type LedgerView,
  type Membership,
  membershipAnswer,
  membershipOf,
  type ReferenceData,
  type StatusChange,
  timelineOf,
  toCommitmentChange,
  trendDates,
  type TrendPoint,
  trendPointOf,
  type TrendQuery,
} from '@cleannet/domain';
import {
  addVersion,
  enqueue,
  latestVersion,
  historyAt,
  newActorTimeline,
  newFactRecord,
  Reordering,
  slotAt,
  stateAt,
  type ActorTimeline,
  type FactRecord,
} from './actor-timeline.js';
import { effectOf, type AppliedEffect } from './changes-for.js';
import { EventIdTable } from './event-id-table.js';
import { CommitmentRuns } from './commitment-runs.js';
import { LatestExposure } from './exposure-latest.js';
import { IndexWorkspace } from './index-workspace.js';
import { newMarketTimeline, rebuildMarket, type MarketTimeline } from './market-timelines.js';
import { recordedMillis } from './recorded-millis.js';

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
  /** Its changes and whether it changed any state: what caches of answers need to know. */
  effectOf(event: LedgerEvent): AppliedEffect;
  /** Every actor's state at the query: what the projections are computed from. */
  view(query: AsOfQuery): LedgerView;
}

function targetIdOf(event: LedgerEventOf<'EventCorrected' | 'EventRetracted'>): string {
  return event.type === 'EventCorrected'
    ? event.data.correctedEventId
    : event.data.retractedEventId;
}

/**
 * The read side: per-actor interval timelines fed in log order, answering
 * as-of questions by binary search instead of replaying the log.
 */
export function createLedgerIndex(reference: ReferenceData): LedgerIndex {
  const referenceIndex = indexReference(reference);
  // This index's vendor numbering and scratch, shared by its timelines and nothing else.
  const workspace = new IndexWorkspace();
  const timelines = new Map<string, ActorTimeline>();
  const actorIds: string[] = [];
  const timelineList: ActorTimeline[] = [];
  const factRecords = new EventIdTable<FactRecord>((record) => record.eventId);
  // Corrections and retractions that changed nothing (unknown or retracted target): their positions, for changesFor.
  const ignoredPositions = new Map<string, number>();
  let size = 0;
  let lastRecordedAtMs = Number.NEGATIVE_INFINITY;
  let monotonic = true;

  // Every actor's committed stretches in join order, for latest-knowledge membership.
  const commitmentRuns = new CommitmentRuns(referenceIndex);
  // Per market, the barring of each vendor by day (latest knowledge), rebuilt when a contributor changes.
  const marketTimelines = new Map<string, MarketTimeline>();
  const marketList: MarketTimeline[] = [];
  // Operators the reference data does not home: their market comes from their state, at query time.
  const unhomedOperators: ActorTimeline[] = [];
  const latestExposure = new LatestExposure(
    referenceIndex,
    marketTimelines,
    marketList,
    unhomedOperators,
    workspace.vendors,
  );

  function marketTimelineOf(market: string): MarketTimeline {
    let timeline = marketTimelines.get(market);
    if (timeline === undefined) {
      timeline = newMarketTimeline(market);
      marketTimelines.set(market, timeline);
      marketList.push(timeline);
    }
    return timeline;
  }

  function timelineOfActor(actorId: string): ActorTimeline {
    let timeline = timelines.get(actorId);
    if (timeline === undefined) {
      timeline = newActorTimeline(actorId, workspace);
      timelines.set(actorId, timeline);
      actorIds.push(actorId);
      timelineList.push(timeline);
      const kind = actorKindOf(actorId);
      const home =
        kind === 'country'
          ? actorId
          : kind === 'operator'
            ? referenceIndex.operators.get(actorId)?.homeCountry
            : undefined;
      if (home !== undefined) {
        const market = marketTimelineOf(home);
        market.contributors.push(timeline);
        if (kind === 'country') market.country = timeline;
        timeline.market = market;
      } else if (kind === 'operator') unhomedOperators.push(timeline);
    }
    return timeline;
  }

  function apply(event: LedgerEvent): void {
    const position = size;
    size += 1;
    // Each field of the event is read once (see `newFactRecord`).
    const { id, subject, recordedAt } = event;
    const type = internedEventType(event.type);
    const recordedAtMs = recordedMillis(recordedAt);
    if (recordedAtMs < lastRecordedAtMs) monotonic = false;
    lastRecordedAtMs = Math.max(lastRecordedAtMs, recordedAtMs);
    const subjectTimeline = timelineOfActor(subject);

    if (type !== 'EventCorrected' && type !== 'EventRetracted') {
      const factEvent = event as LedgerEventOf<typeof type>;
      // The timeline's own id: one string per actor, not one per fact.
      const record = newFactRecord(
        factEvent,
        id,
        type,
        subjectTimeline.actorId,
        recordedAt,
        position,
        subjectTimeline,
        recordedAtMs,
      );
      if (factRecords.add(record)) queue(subjectTimeline, record);
      return;
    }
    const data = (event as LedgerEventOf<'EventCorrected' | 'EventRetracted'>).data;
    const targetId =
      type === 'EventCorrected'
        ? (data as EventCorrectedData).correctedEventId
        : (data as EventRetractedData).retractedEventId;
    const record = factRecords.get(targetId);
    const current = record === undefined ? null : latestVersion(record);
    if (record === undefined || current === null) {
      if (!ignoredPositions.has(id)) ignoredPositions.set(id, position);
      return;
    }
    if (type === 'EventCorrected') {
      const correction = data as EventCorrectedData;
      const corrected = correctedFact(current, correction, id);
      addVersion(record, {
        recordedAtMs,
        position,
        fact: corrected,
        change: { correctionId: id, data: correction },
        eventId: id,
      });
      const touchDay = Math.min(current.day, corrected.day);
      queue(record.actor, new Reordering(current, corrected, recordedAtMs, touchDay));
    } else {
      addVersion(record, {
        recordedAtMs,
        position,
        fact: null,
        change: 'retracted',
        eventId: id,
      });
      queue(record.actor, new Reordering(current, null, recordedAtMs, current.day));
    }
  }

  /** A timeline with nothing queued was up to date: its stretches need recomputing now. */
  function queue(timeline: ActorTimeline, entry: FactRecord | Reordering): void {
    if (enqueue(timeline, entry)) commitmentRuns.markStale(timeline);
  }

  /**
   * The log position an applied event had: a fact's is on its record, a
   * correction's or retraction's on the version it made (the first, if the
   * same event was applied twice) or among the ignored ones.
   */
  function appliedPosition(event: LedgerEvent): number | undefined {
    if (isFactEvent(event)) return factRecords.get(event.id)?.position;
    const made = factRecords
      .get(targetIdOf(event))
      ?.later?.find((version) => version.eventId === event.id)?.position;
    const ignored = ignoredPositions.get(event.id);
    return made === undefined ? ignored : Math.min(made, ignored ?? made);
  }

  function appliedEffect(event: LedgerEvent): AppliedEffect {
    const position = appliedPosition(event);
    if (position === undefined)
      throw new Error(`event ${event.id} has not been applied to this index`);
    return effectOf(event, position, factRecords, monotonic);
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

  /**
   * Brings what latest-knowledge queries read up to date with the events
   * applied since the last query: every query does it, so the first one after
   * a batch of events pays for the batch, whichever projection it asks for.
   */
  function prepareLatest(): void {
    commitmentRuns.update();
    for (const market of marketList) if (market.stale) rebuildMarket(market, workspace.sweep);
  }

  const membership = (query: AsOfQuery): Membership => {
    if (knownAtMillis(query) !== undefined) return membershipOf(view(query), referenceIndex, query);
    prepareLatest();
    const asOfDay = dayNumber(query.asOf);
    const committed = commitmentRuns.committedOn(asOfDay);
    return membershipAnswer(committed.states, asOfDay, referenceIndex, query, committed);
  };
  /** For an older knownAt: every actor's state at the query with its measures' summary. */
  function forEachOlderState(asOfDay: number, knownAtMs: number): ForEachStateWithBarring {
    return (visit) => {
      for (const timeline of timelineList) {
        const slot = slotAt(timeline, asOfDay, knownAtMs, monotonic, true);
        if (slot !== undefined)
          visit(slot.states[slot.index] as ActorState, slot.barrings[slot.index] as ActorBarring);
      }
    };
  }

  const exposure = (query: AsOfQuery, vendorId?: string) => {
    const asOfDay = dayNumber(query.asOf);
    const knownAtMs = knownAtMillis(query);
    if (knownAtMs === undefined) {
      prepareLatest();
      return latestExposure.answer(query, asOfDay, vendorId);
    }
    return exposureFromSummaries(
      forEachOlderState(asOfDay, knownAtMs),
      asOfDay,
      referenceIndex,
      query,
      workspace.vendors,
      vendorId,
    );
  };

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
    changesFor: (event) => appliedEffect(event).changes,
    effectOf: appliedEffect,
    view,
  };
}
