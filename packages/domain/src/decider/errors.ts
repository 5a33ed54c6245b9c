import type { SchemaIssue } from '../events/parse.js';
import type { MeasureLifecycle } from '../model/measure-lifecycle.js';

/**
 * Everything the decider refuses, as values with a stable `code` that the
 * HTTP edge maps to status codes in one place.
 */
export type DomainError =
  | { code: 'version-conflict'; subject: string; expected: number; actual: number; message: string }
  | { code: 'duplicate-event-id'; eventId: string; message: string }
  | { code: 'unknown-country'; country: string; path: string; message: string }
  | { code: 'measure-id-taken'; measureId: string; message: string }
  | { code: 'unknown-measure'; measureId: string; message: string }
  | {
      code: 'not-measure-owner';
      measureId: string;
      owner: string;
      subject: string;
      message: string;
    }
  | { code: 'measure-ended'; measureId: string; status: MeasureLifecycle; message: string }
  | {
      code: 'invalid-status-transition';
      measureId: string;
      status: MeasureLifecycle;
      change: string;
      message: string;
    }
  | { code: 'nothing-to-reverse'; subject: string; message: string }
  | { code: 'already-reversed'; subject: string; message: string }
  | { code: 'unknown-event'; eventId: string; message: string }
  | { code: 'event-retracted'; eventId: string; message: string }
  | { code: 'not-correctable'; eventId: string; type: string; message: string }
  | {
      code: 'kind-mismatch';
      eventId: string;
      type: string;
      issues: readonly SchemaIssue[];
      message: string;
    }
  | { code: 'wrong-subject'; eventId: string; expected: string; actual: string; message: string }
  | { code: 'correction-changes-identity'; eventId: string; field: string; message: string };

export type DomainErrorCode = DomainError['code'];

export class DomainErrorException extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
    this.name = 'DomainErrorException';
  }
}
