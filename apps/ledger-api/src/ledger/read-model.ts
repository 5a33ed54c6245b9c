import {
  indexReference,
  nameOf,
  type CommitmentChange,
  type LedgerEvent,
  type ReferenceData,
} from '@cleannet/domain';
import { createLedgerIndex, type LedgerIndex } from '@cleannet/ledger-index';
import { createChangeFeed, type ChangeFeed } from '../streams/changes/change-feed.js';
import { commitmentChangeIdentity } from '../streams/changes/change-id.js';
import type { LedgerEngine } from './ledger-engine.js';

/** DI token for the ReadModel. */
export const READ_MODEL = Symbol('READ_MODEL');

/** The projections every read route answers from, and the changes they derive. */
export interface ReadModel {
  readonly index: LedgerIndex;
  readonly changes: ChangeFeed<CommitmentChange>;
  /** The actor's name from the reference data, for actors whose events carry none. */
  nameOf(actorId: string): string | undefined;
  /**
   * Called for every event the index applied, in log order, with whether it
   * changed any state: what answer caches need (attach before the engine starts).
   */
  onApplied(observer: (event: LedgerEvent, statesChanged: boolean) => void): void;
}

/**
 * Feeds the domain's bitemporal index from the engine, in log order, and
 * names the commitment changes each event causes. Attach before the engine
 * starts so replay rebuilds the same ids on every start.
 */
export function attachReadModel(engine: LedgerEngine, reference: ReferenceData): ReadModel {
  const index = createLedgerIndex(reference);
  const changes = createChangeFeed(commitmentChangeIdentity);
  const observers: Array<(event: LedgerEvent, statesChanged: boolean) => void> = [];
  engine.onApplied(({ position, event }) => {
    index.apply(event);
    const effect = index.effectOf(event);
    changes.append(position, effect.changes);
    for (const observer of observers) observer(event, effect.statesChanged);
  });
  const names = indexReference(reference);
  return {
    index,
    changes,
    nameOf: (actorId) => nameOf(names, actorId),
    onApplied: (observer) => observers.push(observer),
  };
}
