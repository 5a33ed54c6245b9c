import { EVENT_DATA_SCHEMAS, isFactType, type EventCorrectedData } from '../events/kinds.js';
import { issuesOf } from '../events/parse.js';
import type { DomainError } from './errors.js';
import { errors } from './error-constructors.js';
import { unknownCountryIn } from './country-codes.js';
import type { DeciderState, KnownEvent } from './state.js';

/** The live fact an `EventCorrected` or `EventRetracted` points at, or why it cannot be touched. */
export function correctableTarget(
  state: DeciderState,
  eventId: string,
  subject: string,
): { ok: true; target: KnownEvent } | { ok: false; error: DomainError } {
  const target = state.events.get(eventId);
  if (target === undefined) return { ok: false, error: errors.unknownEvent(eventId) };
  if (target.retracted) return { ok: false, error: errors.eventRetracted(eventId) };
  if (!isFactType(target.type))
    return { ok: false, error: errors.notCorrectable(eventId, target.type) };
  if (target.subject !== subject)
    return { ok: false, error: errors.wrongSubject(eventId, target.subject, subject) };
  return { ok: true, target };
}

/** Fields that give a fact its identity; changing them is a new fact, not a correction. */
function identityOf(type: string, data: Record<string, unknown>): Record<string, unknown> {
  if (type === 'CommitmentReversed') return { 'data.target': JSON.stringify(data.target) };
  if ('measureId' in data) return { 'data.measureId': data.measureId };
  return {};
}

/** Checks a correction's new payload against the corrected event's own kind. */
export function correctionProblem(
  target: KnownEvent,
  correction: EventCorrectedData,
): DomainError | undefined {
  if (correction.data === undefined) return undefined;
  const schema = EVENT_DATA_SCHEMAS[target.type];
  const parsed = schema.safeParse(correction.data);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error).map((issue) => ({
      path: issue.path === '' ? 'data.data' : `data.data.${issue.path}`,
      message: issue.message,
    }));
    return errors.kindMismatch(target.id, target.type, issues);
  }
  const before = identityOf(target.type, target.data);
  const after = identityOf(target.type, correction.data);
  for (const [field, value] of Object.entries(before)) {
    if (after[field] !== value) return errors.correctionChangesIdentity(target.id, field);
  }
  return unknownCountryIn(target.subject, correction.data, 'data.data');
}
