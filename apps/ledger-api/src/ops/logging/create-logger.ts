import { pino, type DestinationStream, type Logger } from 'pino';
import type { LedgerConfig } from '../../config/config.schema.js';

/**
 * Paths pino replaces with "[Redacted]" wherever they appear in a log line:
 * bearer tokens must never reach a log, whatever logged the request.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
];

export function createLogger(config: LedgerConfig, destination?: DestinationStream): Logger {
  const options = {
    level: config.LOG_LEVEL,
    base: { service: 'ledger-api' },
    redact: { paths: redactedPaths, censor: '[Redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
