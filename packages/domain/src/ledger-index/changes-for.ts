import type { LedgerEvent } from '../events/envelope.js';
import {
  emptyActorState,
  stepActor,
  type ActorState,
  type CommitmentStatus,
  type StatusChange,
} from '../model/actor-state.js';
import { compareFacts, type Fact } from '../model/fact.js';
import { toCommitmentChange, type CommitmentChange } from '../projections/changes.js';
import { versionsOf, type FactRecord } from './actor-timeline.js';

const RANK: Record<CommitmentStatus, number> = { none: 0, reversed: 0, weakened: 1, member: 2 };
const MEASURE_RANK: Record<string, number> = {
  none: 0,
  lifted: 0,
  reversed: 0,
  suspended: 1,
  active: 2,
};

function versionBefore(record: FactRecord, position: number): Fact | null {
  const versions = versionsOf(record);
  for (let index = versions.length - 1; index >= 0; index -= 1) {
    const version = versions[index];
    if (version !== undefined && version.position < position) return version.fact;
  }
  return null;
}

function foldUpTo(
  facts: Fact[],
  actorId: string,
  day: number,
): { state: ActorState; steps: StatusChange[] } {
  facts.sort(compareFacts);
  let state = emptyActorState(actorId);
  const steps: StatusChange[] = [];
  for (const fact of facts) {
    if (fact.day > day) break;
    const step = stepActor(state, fact);
    state = step.state;
    steps.push(...step.changes);
  }
  return { state, steps };
}

/**
 * What one event changed for its actor, comparing the actor as known just
 * before and just after the event, as of the day the event touched (its
 * effective day; for a correction the earlier of the old and new days).
 */
export function changesCausedBy(
  event: LedgerEvent,
  position: number,
  factRecords: { get(id: string): FactRecord | undefined },
): CommitmentChange[] {
  const targetId =
    event.type === 'EventCorrected'
      ? event.data.correctedEventId
      : event.type === 'EventRetracted'
        ? event.data.retractedEventId
        : event.id;
  const record = factRecords.get(targetId);
  if (record === undefined) return [];
  const before: Fact[] = [];
  const after: Fact[] = [];
  for (const other of record.actor.factRecords) {
    const old = versionBefore(other, position);
    const now = versionBefore(other, position + 1);
    if (old !== null) before.push(old);
    if (now !== null) after.push(now);
  }
  const oldVersion = versionBefore(record, position);
  const newVersion = versionBefore(record, position + 1);
  if (oldVersion === newVersion) return [];
  const day = Math.min(
    oldVersion?.day ?? Number.POSITIVE_INFINITY,
    newVersion?.day ?? Number.POSITIVE_INFINITY,
  );
  const actorId = record.actor.actorId;
  const was = foldUpTo(before, actorId, day).state;
  const { state: is, steps } = foldUpTo(after, actorId, day);

  const base = {
    actorId,
    day,
    effectivePrecision:
      (day === oldVersion?.day ? oldVersion : newVersion)?.effectivePrecision ?? 'day',
    position,
    causeEventId: event.id,
    causeType: (newVersion ?? oldVersion)?.type ?? 'PledgeMade',
    source: event.source,
  } as const;
  const changes: StatusChange[] = [];
  if (was.commitment !== is.commitment) {
    changes.push({
      ...base,
      dimension: 'commitment',
      before: was.commitment,
      after: is.commitment,
      regression: RANK[is.commitment] < RANK[was.commitment],
    });
  }
  const measureIds = new Set([...was.measures, ...is.measures].map((measure) => measure.measureId));
  for (const measureId of measureIds) {
    const old = was.measures.find((measure) => measure.measureId === measureId)?.status ?? 'none';
    const now = is.measures.find((measure) => measure.measureId === measureId)?.status ?? 'none';
    const narrowing = steps.find(
      (step) =>
        step.causeEventId === targetId &&
        step.measureId === measureId &&
        step.narrowed !== undefined,
    );
    if (old === now && narrowing === undefined) continue;
    const narrowed = narrowing?.narrowed;
    changes.push({
      ...base,
      dimension: 'measure',
      measureId,
      before: old,
      after: now,
      ...(narrowed === undefined ? {} : { narrowed }),
      regression: (MEASURE_RANK[now] ?? 0) < (MEASURE_RANK[old] ?? 0) || narrowed === true,
    });
  }
  return changes.map(toCommitmentChange);
}
