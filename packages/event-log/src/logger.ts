/** Where adapters report what an operator must know (a dropped torn tail, a lost broker). */
export interface EventLogLogger {
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** One JSON line per message on stderr, like the service's own structured logs. */
export const stderrLogger: EventLogLogger = {
  warn: (message, details) => writeLine('warn', message, details),
  error: (message, details) => writeLine('error', message, details),
};

function writeLine(level: string, message: string, details: Record<string, unknown> = {}): void {
  process.stderr.write(
    `${JSON.stringify({ level, time: new Date().toISOString(), component: 'event-log', message, ...details })}\n`,
  );
}
