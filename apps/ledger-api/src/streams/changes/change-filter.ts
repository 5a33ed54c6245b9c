import { actorKindOf, type CommitmentChange } from '@cleannet/domain';
import type { ChangesStreamQuery } from './changes-stream.query.js';

/** The stream's optional filters: one actor, one kind of actor, regressions only. */
export function changeMatches(change: CommitmentChange, query: ChangesStreamQuery): boolean {
  if (query.actor !== undefined && change.actorId !== query.actor) return false;
  if (query.kind !== undefined && actorKindOf(change.actorId) !== query.kind) return false;
  if (query.regressionsOnly && !change.regression) return false;
  return true;
}
