import type { ActorState } from '../model/actor-state.js';

/** A bitemporal query: valid time `asOf`, transaction time `knownAt` (omitted = everything applied). */
export interface AsOfQuery {
  readonly asOf: string;
  readonly knownAt?: string;
}

/**
 * The ledger as one query sees it: every actor's state at `asOf` as known at
 * `knownAt`. The index and the reference replay both provide one; the
 * projections are computed from it the same way.
 */
export interface LedgerView {
  readonly asOfDay: number;
  /** Every actor the ledger has any event about (in any time). */
  readonly actorIds: readonly string[];
  /** The actor's state at the query, or `undefined` when no fact of it is in effect yet. */
  stateOf(actorId: string): ActorState | undefined;
  /** Visits every actor that has a state at the query (the projections' hot loop). */
  forEachState(visit: (state: ActorState) => void): void;
}
