import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLedgerApp, loadConfig } from '@cleannet/ledger-api';

export const RECORDER_TOKEN = 'client-test-recorder-token-0123456789';

export interface TestLedger {
  readonly url: string;
  stop(): Promise<void>;
}

/** The real service in-process, on a free port and a fresh file log, without the dataset. */
export async function startTestLedger(env: Record<string, string> = {}): Promise<TestLedger> {
  const dir = await mkdtemp(join(tmpdir(), 'cleannet-client-test-'));
  const app = await createLedgerApp(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LEDGER_DATA_DIR: dir,
      LEDGER_TOKENS: `recorder:${RECORDER_TOKEN}=recorder`,
      LEDGER_IMPORT_DATASET: 'false',
      LEDGER_DASHBOARD_DIR: join(dir, 'no-dashboard'),
      LOG_LEVEL: 'silent',
      ...env,
    }),
  );
  return {
    url: app.url,
    async stop() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
