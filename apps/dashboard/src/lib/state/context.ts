import { getContext, setContext } from 'svelte';
import type { ApiClient } from '../api/client.ts';
import type { Directory } from './directory.ts';
import type { AppState } from './appState.svelte.ts';

/** What every view needs: the API, who is who, the view state, and the live revision. */
export interface LedgerContext {
  readonly api: ApiClient;
  readonly app: AppState;
  readonly directory: Directory;
  /** Goes up each time live changes arrive; views re-query when it moves. */
  readonly revision: number;
}

const key = Symbol('ledger');

export function setLedgerContext(context: LedgerContext): void {
  setContext(key, context);
}

export function ledgerContext(): LedgerContext {
  const context = getContext<LedgerContext | undefined>(key);
  if (!context) throw new Error('ledgerContext() used outside the dashboard');
  return context;
}
