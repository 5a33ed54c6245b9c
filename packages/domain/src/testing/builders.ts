import type { Citation } from '../events/citation.js';
import type { LedgerEvent, ProposedEvent, ProposedEventOf } from '../events/envelope.js';
import type { EventType } from '../events/kinds.js';
import type { Measure, Scope } from '../events/measure.js';
import { precisionOf } from '../time/partial-date.js';

/** Builders for tests: valid events where only what the test cares about is spelled out. */
export const citation: Citation = { document: 'test-document.txt', confidence: 'high' };

export function proposal<T extends EventType>(
  type: T,
  id: string,
  subject: string,
  effectiveAt: string,
  data: ProposedEventOf<T>['data'],
): ProposedEventOf<T> {
  return {
    id,
    type,
    subject,
    effectiveAt,
    effectivePrecision: precisionOf(effectiveAt) ?? 'day',
    schemaVersion: 1,
    source: citation,
    data,
  } as ProposedEventOf<T>;
}

export function stamp(event: ProposedEvent, recordedAt: string, recordedBy = 'test'): LedgerEvent {
  return { specversion: '1.0', ...event, recordedAt, recordedBy } as LedgerEvent;
}

export const pledgeData = { instrument: 'statement', programme: 'clean-network' } as const;

export const wholeNetworkBan: Scope = {
  part: 'whole-network',
  generations: ['all'],
  measure: { kind: 'no-new-purchases' },
};

export function measureData(
  measureId: string,
  scopes: Scope[] = [wholeNetworkBan],
  vendors = ['vendor:huawei'],
): Measure {
  return { measureId, vendors: { kind: 'named', vendorIds: vendors }, scopes, instrument: 'law' };
}
