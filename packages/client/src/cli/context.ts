import type { Command } from 'commander';
import { createLedgerClient, type LedgerClient } from '../rest/ledger-client.js';

export interface GlobalOptions {
  readonly url: string;
  readonly token?: string;
}

/** The client for the service the user named with --url (or CLEANNET_URL). */
export function clientFor(command: Command): LedgerClient {
  const { url, token } = command.optsWithGlobals<GlobalOptions>();
  return createLedgerClient({ baseUrl: url, ...(token ? { token } : {}) });
}
