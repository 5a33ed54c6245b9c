import type { LedgerEvent, ProposedEvent } from '../events/envelope.js';
import type { Citation } from '../events/citation.js';

/** Small builders for tests: a valid event with only what the test cares about spelled out. */
export const citation: Citation = { document: 'test-document.txt', confidence: 'high' };

export function proposed<E extends ProposedEvent>(
  event: Omit<E, 'schemaVersion' | 'source' | 'effectivePrecision'> &
    Partial<Pick<E, 'source' | 'effectivePrecision'>>,
): E {
  const effectiveAt = event.effectiveAt;
  const effectivePrecision =
    event.effectivePrecision ??
    (effectiveAt.length === 4 ? 'year' : effectiveAt.length === 7 ? 'month' : 'day');
  return { schemaVersion: 1, source: citation, effectivePrecision, ...event } as unknown as E;
}

export function stored(event: ProposedEvent, recordedAt: string, recordedBy = 'test'): LedgerEvent {
  return { specversion: '1.0', ...event, recordedAt, recordedBy } as LedgerEvent;
}
