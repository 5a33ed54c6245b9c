import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DOCUMENT_PUBLIC_URL } from './api-types.js';

export interface RunningLedger {
  readonly url: string;
  stop(): Promise<void>;
}

/** The built service's entry point, found through the workspace dependency. */
function ledgerMain(): string {
  // The package exports only its library entry; main.js sits beside it in dist.
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@cleannet/ledger-api')), 'main.js');
}

/**
 * The real, built service as a child process on a free port and an empty
 * temporary file log: enough to read the document its routes build. A child
 * process rather than in-process, so the loader running this script (tsx)
 * cannot load NestJS twice.
 */
export async function startLedgerForDocument(timeoutMs = 60_000): Promise<RunningLedger> {
  const dir = await mkdtemp(join(tmpdir(), 'cleannet-client-openapi-'));
  const child = spawn(process.execPath, [ledgerMain()], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      KAFKA_BROKERS: '',
      LEDGER_DATA_DIR: dir,
      LEDGER_IMPORT_DATASET: 'false',
      LEDGER_DASHBOARD_DIR: join(dir, 'no-dashboard'),
      LEDGER_PUBLIC_URL: DOCUMENT_PUBLIC_URL,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error('the ledger did not start')), timeoutMs);
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        const found = /listening on (http:\/\/\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the ledger exited with code ${code} before listening`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
