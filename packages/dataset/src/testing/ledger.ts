import { commandFor, decide, evolve, initialState, type LedgerEvent } from '@cleannet/domain';
import { createLedgerIndex, type LedgerIndex } from '@cleannet/ledger-index';
import { curatedHistory } from '../history/index.js';
import { referenceData } from '../reference/index.js';

/** The ledger's clock for the import: one second per event, all on the import day. */
export function importTime(position: number): string {
  return new Date(Date.UTC(2026, 0, 1, 0, 0, position)).toISOString();
}

/**
 * Appends the curated history through the decider, as the ledger's import
 * does, and returns the stored events with every refusal.
 */
export function importHistory(): { events: LedgerEvent[]; refusals: string[] } {
  const state = initialState();
  const events: LedgerEvent[] = [];
  const refusals: string[] = [];
  curatedHistory.forEach((event, position) => {
    const decision = decide(
      commandFor(event, { now: importTime(position), principal: 'dataset' }),
      state,
    );
    if (!decision.ok) {
      refusals.push(`${event.id}: ${decision.error.message}`);
      return;
    }
    for (const accepted of decision.events) {
      evolve(state, accepted);
      events.push(accepted);
    }
  });
  return { events, refusals };
}

let cached: LedgerIndex | undefined;

/** A ledger index fed with the imported history and the curated reference data (built once). */
export function curatedIndex(): LedgerIndex {
  if (cached === undefined) {
    const index = createLedgerIndex(referenceData);
    for (const event of importHistory().events) index.apply(event);
    cached = index;
  }
  return cached;
}
