import type { LedgerEvent } from '../events/envelope.js';
import type { DomainError } from './errors.js';

export type Decision =
  | { readonly ok: true; readonly events: readonly LedgerEvent[] }
  | { readonly ok: false; readonly error: DomainError };

export const accept = (...events: LedgerEvent[]): Decision => ({ ok: true, events });
export const refuse = (error: DomainError): Decision => ({ ok: false, error });
