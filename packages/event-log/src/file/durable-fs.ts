import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes a whole file and flushes it, so it survives a crash once this resolves. */
export async function writeFileDurably(path: string, data: Buffer): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncDirectory(dirname(path));
}

/** Replaces `path` atomically with `data`: readers see the old or the new file, never a mix. */
export async function replaceFileDurably(path: string, data: Buffer): Promise<void> {
  const temporary = `${path}.repair-tmp`;
  await writeFileDurably(temporary, data);
  await rename(temporary, path);
  await syncDirectory(dirname(path));
}

/** A new or renamed file is durable only once its directory entry is. */
export async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
