import { curatedHistory, referenceData } from '@cleannet/dataset';
import {
  commandFor,
  decide,
  evolve,
  initialState,
  type CommitmentChange,
  type LedgerEvent,
} from '@cleannet/domain';
import { createLedgerIndex } from '@cleannet/ledger-index';
import { describe, expect, it } from 'vitest';
import { projectionStateHash } from './state-hash.js';

/** The curated history as the ledger stores it: decided in order, one second apart. */
function recordedHistory(): LedgerEvent[] {
  const state = initialState();
  const events: LedgerEvent[] = [];
  curatedHistory.forEach((proposed, position) => {
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, position)).toISOString();
    const decision = decide(commandFor(proposed, { now, principal: 'dataset' }), state);
    if (!decision.ok) throw new Error(`${proposed.id}: ${decision.error.message}`);
    for (const event of decision.events) {
      evolve(state, event);
      events.push(event);
    }
  });
  return events;
}

function hashOf(events: readonly LedgerEvent[]): string {
  const index = createLedgerIndex(referenceData);
  const changes: CommitmentChange[] = [];
  for (const event of events) {
    index.apply(event);
    changes.push(...index.changesFor(event));
  }
  return projectionStateHash(index, changes);
}

describe('the projection state hash', () => {
  const events = recordedHistory();

  it('is the same for two indexes fed the same log', () => {
    expect(hashOf(events)).toBe(hashOf(structuredClone(events)));
  });

  it('differs when one event is missing or recorded at another time', () => {
    const full = hashOf(events);
    expect(hashOf(events.slice(0, -1))).not.toBe(full);
    const retimed = events.map((event, position) =>
      position === events.length - 1 ? { ...event, recordedAt: '2026-06-01T00:00:00.000Z' } : event,
    );
    expect(hashOf(retimed)).not.toBe(full);
  });
});
