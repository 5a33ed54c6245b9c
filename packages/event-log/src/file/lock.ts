import { readFile, unlink, writeFile } from 'node:fs/promises';
import { LogLocked } from '../errors.js';

export interface FileLock {
  release(): Promise<void>;
}

/**
 * One process owns a log file. The lock file holds the owner's pid; a lock
 * left by a process that no longer exists (kill -9, power loss) is reclaimed,
 * so a crashed service restarts without manual clean-up.
 */
export async function acquireLock(lockPath: string): Promise<FileLock> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
      return { release: () => unlink(lockPath).catch(() => undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isSafeInteger(owner) && isRunning(owner)) throw new LogLocked(lockPath, owner);
    await unlink(lockPath).catch(() => undefined);
  }
  throw new LogLocked(lockPath, Number.NaN);
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
