import type { DomainError } from './errors.js';
import { errors } from './error-constructors.js';
import { measureStatusOf, type DeciderState } from './state.js';
import { isEnded, type MeasureLifecycle } from '../model/measure-lifecycle.js';

/** A live measure that `subject` owns, or why it cannot be acted on. */
export function liveMeasureOwnedBy(
  state: DeciderState,
  measureId: string,
  subject: string,
): { ok: true; status: MeasureLifecycle } | { ok: false; error: DomainError } {
  const measure = state.measures.get(measureId);
  const status = measureStatusOf(state, measureId);
  if (measure === undefined || status === undefined)
    return { ok: false, error: errors.unknownMeasure(measureId) };
  if (measure.owner !== subject) {
    return { ok: false, error: errors.notMeasureOwner(measureId, measure.owner, subject) };
  }
  if (isEnded(status)) return { ok: false, error: errors.measureEnded(measureId, status) };
  return { ok: true, status };
}
