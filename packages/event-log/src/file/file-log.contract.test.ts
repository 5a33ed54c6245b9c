import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventLogContract, type ContractEvent } from '../contract/event-log.contract.js';
import { openFileLog } from './file-log.js';

describeEventLogContract('file log', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'event-log-contract-'));
  const path = join(directory, 'ledger.log');
  return {
    open: () => openFileLog<ContractEvent>({ path }),
    dispose: () => rm(directory, { recursive: true, force: true }),
  };
});
