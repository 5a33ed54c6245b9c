import type { StoredEvent } from '../../ledger/ledger.port.js';

/** The stored envelope as the API returns it: the CloudEvent plus its log position. */
export function envelopeOf(stored: StoredEvent) {
  return { ...stored.event, position: stored.position };
}
