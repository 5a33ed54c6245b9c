import type { ProposedEvent } from '@cleannet/domain';
import type { Logger } from 'pino';
import type { Ledger } from './ledger.port.js';

/** recordedBy of the curated import. */
export const DATASET_PRINCIPAL = 'dataset';

/**
 * Loads the curated history into an empty ledger as one atomic batch, so a
 * crash mid-import leaves either all of it or none. On later starts every id
 * is already known and nothing is appended.
 */
export async function importDataset(
  ledger: Ledger & { has(id: string): boolean },
  history: readonly ProposedEvent[],
  logger: Logger,
): Promise<number> {
  const missing = history.filter((event) => !ledger.has(event.id));
  if (missing.length === 0) {
    logger.info({ events: history.length }, 'curated dataset already imported');
    return 0;
  }
  if (missing.length < history.length) {
    // A newer dataset release: add only what is new, still atomically.
    logger.info({ missing: missing.length }, 'importing curated events not yet in the ledger');
  }
  const outcome = await ledger.append(missing, DATASET_PRINCIPAL);
  logger.info({ events: outcome.stored.length }, 'curated dataset imported');
  return outcome.stored.length;
}
