import type { MeasureStatusChange } from '../events/kinds.js';

/**
 * A measure is `active` from its effective date; `suspended` until
 * `reinstated` or `upheld` on appeal; `lifted` or fully `reversed` ends it.
 */
export type MeasureLifecycle = 'active' | 'suspended' | 'lifted' | 'reversed';

export function isEnded(status: MeasureLifecycle): boolean {
  return status === 'lifted' || status === 'reversed';
}

/** Whether a change makes sense for a measure in this status (the decider refuses the rest). */
export function transitionAllowed(status: MeasureLifecycle, change: MeasureStatusChange): boolean {
  switch (change) {
    case 'suspended':
      return status === 'active';
    case 'reinstated':
      return status === 'suspended';
    case 'upheld':
    case 'lifted':
      return status === 'active' || status === 'suspended';
  }
}

/**
 * The status after a change. Folds in valid-time order can meet changes the
 * decider accepted in another order, so a change that does not apply leaves
 * the status as it is.
 */
export function applyStatusChange(
  status: MeasureLifecycle,
  change: MeasureStatusChange,
): MeasureLifecycle {
  if (!transitionAllowed(status, change)) return status;
  switch (change) {
    case 'suspended':
      return 'suspended';
    case 'reinstated':
    case 'upheld':
      return 'active';
    case 'lifted':
      return 'lifted';
  }
}
