import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

/** Routes Nest's own messages (start-up, route map) into the same JSON log. */
export function nestLoggerFor(logger: Logger): LoggerService {
  const child = logger.child({ component: 'nest' });
  const text = (message: unknown) =>
    typeof message === 'string' ? message : JSON.stringify(message);
  return {
    log: (message, context) => child.info({ context }, text(message)),
    error: (message, trace, context) => child.error({ context, trace }, text(message)),
    warn: (message, context) => child.warn({ context }, text(message)),
    debug: (message, context) => child.debug({ context }, text(message)),
    verbose: (message, context) => child.trace({ context }, text(message)),
    fatal: (message, context) => child.fatal({ context }, text(message)),
  };
}
