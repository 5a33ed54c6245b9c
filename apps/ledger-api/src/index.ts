export {
  createLedgerApp,
  type LedgerApp,
  type CreateLedgerAppOptions,
} from './bootstrap/create-app.js';
export { loadConfig, ConfigError, type LedgerConfig } from './config/config.schema.js';
export { projectionStateHash, STATE_HASH_AS_OF } from './ledger/state-hash.js';
