import { createLedgerApp } from './bootstrap/create-app.js';
import { ConfigError, loadConfig } from './config/config.schema.js';
import { createLogger } from './ops/logging/create-logger.js';

/** `npm start`: parse the environment, start the service, print where it is. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  try {
    const ledger = await createLedgerApp(config, { logger });
    ledger.app.enableShutdownHooks(['SIGINT', 'SIGTERM']);
    const log =
      config.KAFKA_BROKERS.length > 0
        ? `Kafka ${config.KAFKA_BROKERS.join(',')}`
        : `file log in ${config.LEDGER_DATA_DIR}`;
    process.stdout.write(
      `\nClean Network Ledger listening on ${ledger.url} (${log})\n` +
        `  API docs: ${ledger.url}/docs\n` +
        (config.LEDGER_TOKENS.length === 0
          ? '  No LEDGER_TOKENS configured: the ledger is read-only.\n'
          : '') +
        '\n',
    );
  } catch (error) {
    logger.fatal({ err: error }, 'the service could not start');
    process.exitCode = 1;
  }
}

void main();
