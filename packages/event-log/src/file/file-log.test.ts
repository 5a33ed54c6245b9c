import { spawnSync } from 'node:child_process';
import { appendFile, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, event, type ContractEvent } from '../contract/event-log.contract.js';
import { LogCorrupted, LogLocked } from '../errors.js';
import type { EventLogLogger } from '../logger.js';
import { openFileLog } from './file-log.js';
import { headerSize } from './frame.js';
import { scanFrames } from './scan.js';

let directory: string;
let path: string;
let warnings: { message: string; details?: Record<string, unknown> }[];
const logger: EventLogLogger = {
  warn: (message, details) => warnings.push({ message, ...(details ? { details } : {}) }),
  error: () => undefined,
};

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'file-log-'));
  path = join(directory, 'ledger.log');
  warnings = [];
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const open = () => openFileLog<ContractEvent>({ path, logger });

/** Writes `count` records, one append each, and returns where each frame sits in the file. */
async function writeRecords(count: number) {
  const log = await open();
  for (let i = 0; i < count; i++) await log.append([event(`e${i}`, 'BR', i)]);
  await log.close();
  const scan = scanFrames(await readFile(path));
  return scan.records.map((r) => ({ offset: r.byteOffset, length: r.byteLength }));
}

async function flipByte(offset: number): Promise<void> {
  const contents = await readFile(path);
  contents[offset] = contents[offset]! ^ 0xff;
  await writeFile(path, contents);
}

async function storedIds(): Promise<string[]> {
  const log = await open();
  try {
    return (await collect(log.read(0))).map((r) => r.event.id);
  } finally {
    await log.close();
  }
}

describe('recovery on open', () => {
  it('drops a record cut short at the end, keeps a copy and reports it', async () => {
    const frames = await writeRecords(3);
    const last = frames[2]!;
    const original = await readFile(path);
    await truncate(path, last.offset + last.length - 7);

    expect(await storedIds()).toEqual(['e0', 'e1']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.details).toMatchObject({
      byteOffset: last.offset,
      droppedBytes: last.length - 7,
      afterPosition: 1,
    });
    const savedAs = warnings[0]!.details!['savedAs'] as string;
    expect(await readFile(savedAs)).toEqual(
      original.subarray(last.offset, last.offset + last.length - 7),
    );
    expect((await readFile(path)).length).toBe(last.offset);
  });

  it('drops a header cut short, then appends where the intact records end', async () => {
    const frames = await writeRecords(2);
    await truncate(path, frames[1]!.offset + headerSize - 5);

    const log = await open();
    const { records } = await log.append([event('after', 'BR')]);
    expect(records[0]!.position).toBe(1);
    await log.close();
    expect(await storedIds()).toEqual(['e0', 'after']);
  });

  it('drops zero-filled blocks left at the end by a crash', async () => {
    await writeRecords(2);
    await appendFile(path, Buffer.alloc(4096));
    expect(await storedIds()).toEqual(['e0', 'e1']);
    expect(warnings[0]!.details).toMatchObject({ droppedBytes: 4096 });
  });

  it('refuses a flipped byte in a middle record, naming its position and byte offset', async () => {
    const frames = await writeRecords(4);
    await flipByte(frames[1]!.offset + headerSize + 20);

    const opening = open();
    await expect(opening).rejects.toBeInstanceOf(LogCorrupted);
    await expect(opening).rejects.toMatchObject({ position: 1, byteOffset: frames[1]!.offset });
    await expect(opening).rejects.toThrow(/position 1 \(byte offset \d+\).*checksum/);
  });

  it('treats a damaged length as damage, not as a torn tail', async () => {
    const frames = await writeRecords(3);
    await flipByte(frames[1]!.offset + 4);
    await expect(open()).rejects.toMatchObject({ name: 'LogCorrupted', position: 1 });
    // Nothing was cut off: the intact records are all still there.
    expect((await readFile(path)).length).toBe(frames[2]!.offset + frames[2]!.length);
  });

  it('refuses a damaged last record that is complete, rather than guessing it was torn', async () => {
    const frames = await writeRecords(2);
    await flipByte(frames[1]!.offset + frames[1]!.length - 3);
    await expect(open()).rejects.toMatchObject({ name: 'LogCorrupted', position: 1 });
  });

  it('releases the lock when recovery refuses, so repair can run', async () => {
    const frames = await writeRecords(2);
    await flipByte(frames[0]!.offset + headerSize + 2);
    await expect(open()).rejects.toBeInstanceOf(LogCorrupted);
    await expect(open()).rejects.toBeInstanceOf(LogCorrupted);
  });
});

describe('ownership', () => {
  it('refuses a second opener while the first holds the log', async () => {
    const first = await open();
    await expect(open()).rejects.toBeInstanceOf(LogLocked);
    await first.close();
    const second = await open();
    await second.close();
  });

  it('reclaims a lock left by a process that no longer runs', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(`${path}.lock`, `${gone}\n`);
    const log = await open();
    await log.append([event('x', 'BR')]);
    await log.close();
    expect(await readdir(directory)).not.toContain('ledger.log.lock');
  });
});

describe('transaction time', () => {
  it('never goes backwards, even when the clock does', async () => {
    const times = [5_000_000, 4_000_000, 6_000_000];
    const log = await openFileLog<ContractEvent>({ path, logger, now: () => times.shift()! });
    const stamps: string[] = [];
    for (const id of ['a', 'b', 'c'])
      stamps.push((await log.append([event(id, 'BR')])).records[0]!.recordedAt);
    await log.close();
    expect(stamps.map(Date.parse)).toEqual([5_000_000, 5_000_000, 6_000_000]);
  });

  it('shares one write among appends that arrive while another is being written', async () => {
    const log = await open();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => log.append([event(`g${i}`, `operator:o${i}`)])),
    );
    await log.close();
    // Every append in one group carries the group's transaction time.
    const groups = new Set(results.map((r) => r.records[0]!.recordedAt));
    expect(results).toHaveLength(50);
    expect(groups.size).toBeLessThan(50);
  });
});
