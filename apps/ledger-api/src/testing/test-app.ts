import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createLedgerApp, type LedgerApp } from '../bootstrap/create-app.js';
import { loadConfig } from '../config/config.schema.js';
import { redactedPaths } from '../ops/logging/create-logger.js';

export const RECORDER_TOKEN = 'test-recorder-token-0123456789';
export const READER_TOKEN = 'test-reader-token-0123456789';

export interface TestApp extends LedgerApp {
  readonly dataDir: string;
  /** Every JSON log line the app wrote. */
  readonly logLines: string[];
  /** Stops the app, keeping the data directory (for restarts). */
  stop(): Promise<void>;
  /** Stops the app and deletes its data. */
  dispose(): Promise<void>;
}

/**
 * A real service on an ephemeral port, on a file log in a fresh directory
 * (or `dataDir` to restart on existing data). Logs are captured, not printed.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<TestApp> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'ledger-api-test-')));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LEDGER_DATA_DIR: dir,
    LEDGER_TOKENS: `recorder:${RECORDER_TOKEN}=recorder;reader:${READER_TOKEN}=reader`,
    LEDGER_IMPORT_DATASET: 'false',
    LEDGER_DASHBOARD_DIR: join(dir, 'no-dashboard'),
    LOG_LEVEL: 'info',
    ...env,
  });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pino(
    { level: config.LOG_LEVEL, redact: { paths: redactedPaths, censor: '[Redacted]' } },
    sink,
  );
  const app = await createLedgerApp(config, { logger });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.close();
  };
  return {
    ...app,
    dataDir: dir,
    logLines,
    stop,
    async dispose() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function authHeaders(token = RECORDER_TOKEN): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

export async function postJson(
  app: LedgerApp,
  path: string,
  body: unknown,
  headers: Record<string, string> = authHeaders(),
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}
