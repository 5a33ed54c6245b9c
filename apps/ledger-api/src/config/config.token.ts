/** DI token for the parsed LedgerConfig. */
export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
