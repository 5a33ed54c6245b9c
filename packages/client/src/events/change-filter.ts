import { actorKindOf, type ActorKind } from '@cleannet/domain';
import type { CommitmentChangeEvent } from './commitment-change-event.js';

/** Which changes a subscriber wants; every field narrows, none means all. */
export interface ChangeFilter {
  /** Only these actors (ids such as `BR`, `operator:vodafone-uk`). */
  readonly actors?: readonly string[];
  /** Only actors of these kinds. */
  readonly kinds?: readonly Exclude<ActorKind, 'vendor'>[];
  readonly regressionsOnly?: boolean;
}

export function changeMatches(event: CommitmentChangeEvent, filter: ChangeFilter = {}): boolean {
  const actor = event.data.actorId;
  if (filter.actors && !filter.actors.includes(actor)) return false;
  if (filter.kinds && !filter.kinds.includes(actorKindOf(actor) as Exclude<ActorKind, 'vendor'>))
    return false;
  if (filter.regressionsOnly && !event.data.regression) return false;
  return true;
}
