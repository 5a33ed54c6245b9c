import type { DomainError } from '@cleannet/domain';

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** A proposed event does not match its schema: nothing was decided or appended. */
export class InvalidEvents extends Error {
  override readonly name = 'InvalidEvents';
  constructor(readonly issues: readonly FieldIssue[]) {
    super(
      issues.length === 1 && issues[0]
        ? `${issues[0].path || '(event)'}: ${issues[0].message}`
        : `${issues.length} problems in the submitted events`,
    );
  }
}

/** The decider refused an event; `index` is its place in the batch. */
export class DomainRuleViolated extends Error {
  override readonly name = 'DomainRuleViolated';
  constructor(
    readonly error: DomainError,
    /** Place in a batch; undefined for a single event. */
    readonly index: number | undefined,
  ) {
    super(error.message);
  }
}

/** An id was reused for a different fact, or a batch mixed old and new ids. */
export class IdempotencyConflict extends Error {
  override readonly name = 'IdempotencyConflict';
  constructor(
    message: string,
    readonly ids: readonly string[],
  ) {
    super(message);
  }
}

/** The service is shutting down or the log failed: retry later, elsewhere or here. */
export class ServiceUnavailable extends Error {
  override readonly name = 'ServiceUnavailable';
}
