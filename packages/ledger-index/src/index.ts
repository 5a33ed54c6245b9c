// The names other packages use, listed one by one: what is not here is internal.
export { createLedgerIndex, type LedgerIndex } from './ledger-index.js';
export type { AppliedEffect } from './changes-for.js';
