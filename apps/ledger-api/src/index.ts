export {
  createLedgerApp,
  type LedgerApp,
  type CreateLedgerAppOptions,
} from './bootstrap/create-app.js';
export { loadConfig, ConfigError, type LedgerConfig } from './config/config.schema.js';
