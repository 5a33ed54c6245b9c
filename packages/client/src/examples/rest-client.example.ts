// Compiled with the package (tsc --noEmit) so the docs cannot drift from the API.
import { createLedgerClient, ProblemError } from '../index.js';

export async function membershipAsKnownThen(): Promise<void> {
  const ledger = createLedgerClient({ baseUrl: 'http://localhost:3000' });
  try {
    const then = await ledger.membership({ asOf: '2021-01-31', knownAt: '2021-02-01' });
    console.log(
      then.counts.total,
      then.committed.map((actor) => actor.actorId),
    );
  } catch (error) {
    if (error instanceof ProblemError) console.error(error.status, error.detail, error.errors);
    else throw error;
  }
}
