import type { Citation } from '../events/citation.js';
import type { LedgerEvent, LedgerEventOf } from '../events/envelope.js';
import type { EventCorrectedData, FactType } from '../events/kinds.js';
import type { Precision } from '../time/partial-date.js';
import { placedDayNumber } from '../time/partial-date.js';
import { digestOfData, measureIdOfData } from './fact-digest.js';

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
  /** Read from `data` when the fact is made, for the fold (see `fact-digest.ts`). */
  readonly measureId: string | undefined;
  readonly digest: number;
}

export function isFactEvent(event: LedgerEvent): event is FactEvent {
  // Cheaper than looking the type up among the six fact kinds: only two kinds are not facts.
  return event.type !== 'EventCorrected' && event.type !== 'EventRetracted';
}

/**
 * The same event type as one of this module's string constants (any other
 * string is returned as it is). A type parsed from a log's JSON is a string
 * of its own, beside its event, and longer ones are not internalised, so
 * every later comparison (the fold switches on a fact's type for every
 * fact) would read that string from wherever the event lies; the constants
 * compare by identity.
 */
export function internedEventType<T extends LedgerEvent['type']>(type: T): T {
  switch (type) {
    case 'PledgeMade':
      return 'PledgeMade' as T;
    case 'VendorsExcluded':
      return 'VendorsExcluded' as T;
    case 'BanEnacted':
      return 'BanEnacted' as T;
    case 'MeasureStatusChanged':
      return 'MeasureStatusChanged' as T;
    case 'MeasureAmended':
      return 'MeasureAmended' as T;
    case 'CommitmentReversed':
      return 'CommitmentReversed' as T;
    case 'EventCorrected':
      return 'EventCorrected' as T;
    case 'EventRetracted':
      return 'EventRetracted' as T;
    default:
      return type;
  }
}

export function factOf(event: FactEvent, position: number): Fact {
  return newFact(
    event.id,
    event.type,
    event.subject,
    position,
    placedDayNumber(event.effectiveAt),
    event.effectiveAt,
    event.effectivePrecision,
    event.source,
    event.data,
    event.recordedAt,
    undefined,
  );
}

export function correctedFact(
  fact: Fact,
  correction: EventCorrectedData,
  correctionId: string,
): Fact {
  // Each field of the correction read once: it may have a hidden class of its own.
  const { effectiveAt, effectivePrecision, source, data } = correction;
  return newFact(
    fact.eventId,
    fact.type,
    fact.subject,
    fact.position,
    effectiveAt === undefined ? fact.day : placedDayNumber(effectiveAt),
    effectiveAt ?? fact.effectiveAt,
    effectivePrecision ?? fact.effectivePrecision,
    source ?? fact.source,
    (data ?? fact.data) as Fact['data'],
    fact.recordedAt,
    correctionId,
  );
}

/** Every fact is built here with the same keys in the same order: the fold reads them all alike. */
function newFact(
  eventId: string,
  type: FactType,
  subject: string,
  position: number,
  day: number,
  effectiveAt: string,
  effectivePrecision: Precision,
  source: Citation,
  data: Fact['data'],
  recordedAt: string,
  correctedBy: string | undefined,
): Fact {
  return {
    eventId,
    type,
    subject,
    position,
    day,
    effectiveAt,
    effectivePrecision,
    source,
    data,
    recordedAt,
    correctedBy,
    measureId: measureIdOfData(type, data),
    digest: digestOfData(type, data),
  };
}

/** Timeline order: placed day, then log position. */
export function compareFacts(a: Fact, b: Fact): number {
  return a.day - b.day || a.position - b.position;
}
