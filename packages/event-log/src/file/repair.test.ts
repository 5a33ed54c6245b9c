import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, event, type ContractEvent } from '../contract/event-log.contract.js';
import { LogLocked } from '../errors.js';
import { openFileLog } from './file-log.js';
import { headerSize } from './frame.js';
import { repairFileLog } from './repair.js';
import { scanFrames } from './scan.js';

let directory: string;
let path: string;
const quiet = { warn: () => undefined, error: () => undefined };
const open = () => openFileLog<ContractEvent>({ path, logger: quiet });

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'file-log-repair-'));
  path = join(directory, 'ledger.log');
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function writeRecords(count: number) {
  const log = await open();
  for (let i = 0; i < count; i++) await log.append([event(`e${i}`, 'GB', i)]);
  await log.close();
  return scanFrames(await readFile(path)).records.map((r) => ({
    offset: r.byteOffset,
    length: r.byteLength,
  }));
}

async function flipByte(offset: number): Promise<void> {
  const contents = await readFile(path);
  contents[offset] = contents[offset]! ^ 0x01;
  await writeFile(path, contents);
}

async function stored() {
  const log = await open();
  try {
    return (await collect(log.read(0))).map((r) => [r.position, r.event.id]);
  } finally {
    await log.close();
  }
}

describe('repairFileLog', () => {
  it('leaves an intact log untouched', async () => {
    await writeRecords(3);
    const before = await readFile(path);
    const report = await repairFileLog(path);
    expect(report).toMatchObject({ changed: false, intactRecords: 3, regions: [] });
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(directory)).toEqual(['ledger.log']);
  });

  it('quarantines a damaged middle record and keeps every intact one', async () => {
    const frames = await writeRecords(5);
    const damaged = frames[2]!;
    await flipByte(damaged.offset + headerSize + 10);
    const damagedBytes = (await readFile(path)).subarray(
      damaged.offset,
      damaged.offset + damaged.length,
    );

    const report = await repairFileLog(path);

    expect(report.changed).toBe(true);
    expect(report.intactRecords).toBe(4);
    expect(report.regions).toEqual([
      {
        byteOffset: damaged.offset,
        byteLength: damaged.length,
        reason: 'payload checksum mismatch',
        afterPosition: 1,
        beforePosition: 3,
      },
    ]);
    expect(await readFile(report.quarantineFile!)).toEqual(damagedBytes);
    const manifest = JSON.parse(await readFile(report.manifestFile!, 'utf8')) as {
      regions: { quarantineOffset: number }[];
    };
    expect(manifest.regions[0]!.quarantineOffset).toBe(0);
    // The lost position stays unused, so cursors readers hold keep their meaning.
    expect(await stored()).toEqual([
      [0, 'e0'],
      [1, 'e1'],
      [3, 'e3'],
      [4, 'e4'],
    ]);
  });

  it('quarantines separate damaged regions separately', async () => {
    const frames = await writeRecords(6);
    await flipByte(frames[1]!.offset + 2);
    await flipByte(frames[4]!.offset + headerSize + 1);

    const report = await repairFileLog(path);
    expect(report.regions.map((r) => [r.afterPosition, r.beforePosition])).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect((await readFile(report.quarantineFile!)).length).toBe(
      frames[1]!.length + frames[4]!.length,
    );
    expect((await stored()).map(([position]) => position)).toEqual([0, 2, 3, 5]);
  });

  it('appends after the highest kept position once repaired', async () => {
    const frames = await writeRecords(3);
    await flipByte(frames[2]!.offset + headerSize + 3);
    await repairFileLog(path);
    const log = await open();
    const { records } = await log.append([event('next', 'GB')]);
    await log.close();
    expect(records[0]!.position).toBe(2);
  });

  it('moves a torn tail to quarantine too', async () => {
    const frames = await writeRecords(2);
    await truncate(path, frames[1]!.offset + 9);
    const report = await repairFileLog(path);
    expect(report.regions).toEqual([
      {
        byteOffset: frames[1]!.offset,
        byteLength: 9,
        reason: 'torn tail (a write cut short)',
        afterPosition: 0,
        beforePosition: null,
      },
    ]);
    expect(await stored()).toEqual([[0, 'e0']]);
  });

  it('reports without writing in a dry run', async () => {
    const frames = await writeRecords(3);
    await flipByte(frames[1]!.offset + headerSize + 3);
    const before = await readFile(path);
    const report = await repairFileLog(path, { dryRun: true });
    expect(report).toMatchObject({ changed: false, intactRecords: 2 });
    expect(report.regions).toHaveLength(1);
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(directory)).toEqual(['ledger.log']);
  });

  it('refuses to repair a log that is open', async () => {
    await writeRecords(1);
    const log = await open();
    await expect(repairFileLog(path)).rejects.toBeInstanceOf(LogLocked);
    await log.close();
  });
});
