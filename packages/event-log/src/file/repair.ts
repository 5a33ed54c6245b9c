import { readFile } from 'node:fs/promises';
import type { LoggableEvent } from '../event-log.js';
import { replaceFileDurably, writeFileDurably } from './durable-fs.js';
import { fileStamp } from './file-log.js';
import { frameAt } from './frame.js';
import { acquireLock } from './lock.js';
import { findNextFrame, scanFrames } from './scan.js';

export interface QuarantinedRegion {
  /** Where the region was in the log file before the repair. */
  readonly byteOffset: number;
  readonly byteLength: number;
  readonly reason: string;
  /** The last intact position before the region (null at the start of the file). */
  readonly afterPosition: number | null;
  /** The first intact position after it (null when the region runs to the end). */
  readonly beforePosition: number | null;
}

export interface RepairReport {
  readonly path: string;
  /** False when the log was intact: nothing was written. */
  readonly changed: boolean;
  readonly intactRecords: number;
  readonly regions: readonly QuarantinedRegion[];
  /** The damaged bytes, concatenated in file order (written unless `dryRun`). */
  readonly quarantineFile: string | null;
  /** JSON describing each region and where its bytes sit in the quarantine file. */
  readonly manifestFile: string | null;
}

/**
 * Makes a damaged log openable again without deleting any intact record:
 * every damaged region (from a bad frame to the next intact frame) and a torn
 * tail are moved, byte for byte, into a quarantine file with a manifest, and
 * the log is rewritten atomically with the intact records only. Positions of
 * the lost records stay unused, so the positions readers already hold remain
 * valid. Takes the log's lock: the service must be stopped.
 */
export async function repairFileLog(
  path: string,
  options: { dryRun?: boolean } = {},
): Promise<RepairReport> {
  const lock = await acquireLock(`${path}.lock`);
  try {
    const contents = await readFile(path);
    const kept: Buffer[] = [];
    const regions: QuarantinedRegion[] = [];
    let intactRecords = 0;
    let offset = 0;
    let previous: { position: number; recordedAt: string } | undefined;

    for (;;) {
      const scan = scanFrames<LoggableEvent>(contents, offset, previous);
      kept.push(contents.subarray(offset, scan.endOffset));
      intactRecords += scan.records.length;
      const last = scan.records.at(-1)?.record;
      if (last) previous = { position: last.position, recordedAt: last.recordedAt };
      if (scan.stop.kind === 'end') break;

      const resumeAt =
        scan.stop.kind === 'torn'
          ? undefined
          : findNextFrame(contents, scan.endOffset + 1, previous);
      const regionEnd = resumeAt ?? contents.length;
      const next = resumeAt === undefined ? undefined : frameAt(contents, resumeAt);
      regions.push({
        byteOffset: scan.endOffset,
        byteLength: regionEnd - scan.endOffset,
        reason: scan.stop.kind === 'torn' ? 'torn tail (a write cut short)' : scan.stop.reason,
        afterPosition: previous?.position ?? null,
        beforePosition: next?.kind === 'frame' ? next.payload.position : null,
      });
      if (resumeAt === undefined) break;
      offset = resumeAt;
    }

    if (regions.length === 0) {
      return {
        path,
        changed: false,
        intactRecords,
        regions,
        quarantineFile: null,
        manifestFile: null,
      };
    }
    const quarantineFile = `${path}.quarantine-${fileStamp()}`;
    const manifestFile = `${quarantineFile}.json`;
    if (!options.dryRun) {
      await writeFileDurably(
        quarantineFile,
        Buffer.concat(
          regions.map((r) => contents.subarray(r.byteOffset, r.byteOffset + r.byteLength)),
        ),
      );
      await writeFileDurably(
        manifestFile,
        Buffer.from(`${JSON.stringify(manifest(path, regions), null, 2)}\n`),
      );
      await replaceFileDurably(path, Buffer.concat(kept));
    }
    return { path, changed: !options.dryRun, intactRecords, regions, quarantineFile, manifestFile };
  } finally {
    await lock.release();
  }
}

function manifest(path: string, regions: readonly QuarantinedRegion[]) {
  let quarantineOffset = 0;
  return {
    repairedLog: path,
    repairedAt: new Date().toISOString(),
    regions: regions.map((region) => {
      const entry = { ...region, quarantineOffset };
      quarantineOffset += region.byteLength;
      return entry;
    }),
  };
}
