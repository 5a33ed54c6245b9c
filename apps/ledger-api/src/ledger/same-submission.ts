import { isDeepStrictEqual } from 'node:util';
import type { LedgerEvent, ProposedEvent } from '@cleannet/domain';

/** Whether a retry repeats the caller-supplied fields of the stored event exactly. */
export function sameSubmission(proposed: ProposedEvent, stored: LedgerEvent): boolean {
  const fields = [
    'id',
    'type',
    'subject',
    'effectiveAt',
    'effectivePrecision',
    'schemaVersion',
    'source',
    'data',
  ] as const;
  return fields.every((field) =>
    isDeepStrictEqual(
      (proposed as Record<string, unknown>)[field],
      (stored as Record<string, unknown>)[field],
    ),
  );
}
