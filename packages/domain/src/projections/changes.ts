import type { Citation } from '../events/citation.js';
import type { ChangeDimension, StatusChange } from '../model/actor-state.js';
import { dayFromNumber } from '../time/day.js';

/**
 * A derived change of an actor's status: what subscribers to
 * commitment-change events receive, and what regressions and timelines list.
 */
export interface CommitmentChange {
  readonly actorId: string;
  /** The day it takes effect on the timeline. */
  readonly effectiveOn: string;
  /** How precisely the cause is dated: a month or a year is placed at the end of its period. */
  readonly effectivePrecision: StatusChange['effectivePrecision'];
  readonly causeEventId: string;
  readonly causeType: StatusChange['causeType'];
  readonly source: Citation;
  /** `commitment`: none/member/weakened/reversed; `measure`: none/active/suspended/lifted/reversed. */
  readonly dimension: ChangeDimension;
  readonly measureId?: string;
  readonly before: string;
  readonly after: string;
  readonly narrowed?: boolean;
  readonly vendorsReadmitted?: readonly string[];
  readonly regression: boolean;
}

export function toCommitmentChange(change: StatusChange): CommitmentChange {
  const { day, position: _position, ...rest } = change;
  return { ...rest, effectiveOn: dayFromNumber(day) };
}
