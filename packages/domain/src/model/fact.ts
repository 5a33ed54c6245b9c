import type { Citation } from '../events/citation.js';
import type { LedgerEvent, LedgerEventOf } from '../events/envelope.js';
import type { EventCorrectedData, FactType } from '../events/kinds.js';
import { isFactType } from '../events/kinds.js';
import type { Precision } from '../time/partial-date.js';
import { placedDayNumber } from '../time/partial-date.js';

type FactEvent = LedgerEventOf<FactType>;

/**
 * One fact as a query sees it: an event of a fact kind with every correction
 * known at the query applied. `position` and `eventId` stay those of the
 * original event, so a corrected fact keeps its place among same-day facts.
 */
export interface Fact {
  readonly eventId: string;
  readonly type: FactType;
  readonly subject: string;
  readonly position: number;
  /** The effective date placed on the timeline (end of its period), as a day number. */
  readonly day: number;
  readonly effectiveAt: string;
  readonly effectivePrecision: Precision;
  readonly source: Citation;
  readonly data: FactEvent['data'];
  readonly recordedAt: string;
  /** Id of the latest correction applied, if any. */
  readonly correctedBy?: string;
}

export function isFactEvent(event: LedgerEvent): event is FactEvent {
  return isFactType(event.type);
}

export function factOf(event: FactEvent, position: number): Fact {
  return {
    eventId: event.id,
    type: event.type,
    subject: event.subject,
    position,
    day: placedDayNumber(event.effectiveAt),
    effectiveAt: event.effectiveAt,
    effectivePrecision: event.effectivePrecision,
    source: event.source,
    data: event.data,
    recordedAt: event.recordedAt,
  };
}

export function correctedFact(
  fact: Fact,
  correction: EventCorrectedData,
  correctionId: string,
): Fact {
  const effectiveAt = correction.effectiveAt ?? fact.effectiveAt;
  return {
    ...fact,
    day: correction.effectiveAt === undefined ? fact.day : placedDayNumber(effectiveAt),
    effectiveAt,
    effectivePrecision: correction.effectivePrecision ?? fact.effectivePrecision,
    source: correction.source ?? fact.source,
    data: (correction.data ?? fact.data) as Fact['data'],
    correctedBy: correctionId,
  };
}

/** Timeline order: placed day, then log position. */
export function compareFacts(a: Fact, b: Fact): number {
  return a.day - b.day || a.position - b.position;
}
