import { isDeepStrictEqual } from 'node:util';
import { PROPOSED_EVENT_FIELDS, type LedgerEvent, type ProposedEvent } from '@cleannet/domain';

/** Whether a retry repeats the caller-supplied fields of the stored event exactly. */
export function sameSubmission(proposed: ProposedEvent, stored: LedgerEvent): boolean {
  return PROPOSED_EVENT_FIELDS.every((field) =>
    isDeepStrictEqual(
      (proposed as Record<string, unknown>)[field],
      (stored as Record<string, unknown>)[field],
    ),
  );
}
