import type { Server } from 'node:http';
import type { LedgerConfig } from '../config/config.schema.js';
import { answerClientErrors } from './client-errors.js';

/**
 * How often Node looks for requests past their headers or request timeout
 * (its default, 30 s, would let a timed-out request live that much longer).
 */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/**
 * Bounds what slow, idle and numerous connections can hold. The headers
 * and request timeouts cover receiving a request only: Node stops timing a
 * request once it is fully read, so a long response such as the changes
 * stream (SSE) is never cut by them. Past the connection cap, Node drops a
 * new connection as soon as it is accepted. What the timeouts cut is
 * answered with a problem document (client-errors.ts). Set before
 * `listen`, which is when Node starts its timeout checks.
 */
export function boundConnections(
  server: Server,
  config: Pick<
    LedgerConfig,
    | 'LEDGER_HTTP_HEADERS_TIMEOUT_MS'
    | 'LEDGER_HTTP_REQUEST_TIMEOUT_MS'
    | 'LEDGER_HTTP_KEEP_ALIVE_TIMEOUT_MS'
    | 'LEDGER_HTTP_MAX_CONNECTIONS'
    | 'LEDGER_PUBLIC_URL'
  >,
): void {
  server.headersTimeout = config.LEDGER_HTTP_HEADERS_TIMEOUT_MS;
  server.requestTimeout = config.LEDGER_HTTP_REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = config.LEDGER_HTTP_KEEP_ALIVE_TIMEOUT_MS;
  server.maxConnections = config.LEDGER_HTTP_MAX_CONNECTIONS;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval =
    TIMEOUT_CHECK_INTERVAL_MS;
  answerClientErrors(server, config.LEDGER_PUBLIC_URL);
}
