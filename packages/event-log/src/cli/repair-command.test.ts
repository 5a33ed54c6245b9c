import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { event, type ContractEvent } from '../contract/event-log.contract.js';
import { openFileLog } from '../file/file-log.js';
import { scanFrames } from '../file/scan.js';
import { runRepairCommand } from './repair-command.js';

let directory: string;
let path: string;
let output: string[];
const print = (line: string) => output.push(line);

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'repair-command-'));
  path = join(directory, 'ledger.log');
  output = [];
  const log = await openFileLog<ContractEvent>({ path });
  for (let i = 0; i < 3; i++) await log.append([event(`e${i}`, 'BR')]);
  await log.close();
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function damageSecondRecord(): Promise<void> {
  const contents = await readFile(path);
  const second = scanFrames(contents).records[1]!;
  contents[second.byteOffset + 30] = contents[second.byteOffset + 30]! ^ 0x10;
  await writeFile(path, contents);
}

describe('the repair command', () => {
  it('says an intact log needs nothing', async () => {
    expect(await runRepairCommand([path], print)).toBe(0);
    expect(output).toEqual([`${path}: intact (3 records); nothing to repair.`]);
  });

  it('quarantines damage and says where the bytes went', async () => {
    await damageSecondRecord();
    expect(await runRepairCommand([path], print)).toBe(0);
    expect(output[0]).toBe(`${path}: quarantined 1 damaged region(s), kept 2 intact records:`);
    expect(output[1]).toMatch(/payload checksum mismatch\) between position 0 and 2$/);
    expect(output[2]).toMatch(/^Damaged bytes: .*ledger\.log\.quarantine-/);
  });

  it('prints the report as JSON on request, changing nothing in a dry run', async () => {
    await damageSecondRecord();
    expect(await runRepairCommand([path, '--dry-run', '--json'], print)).toBe(0);
    expect(JSON.parse(output.join('\n'))).toMatchObject({ changed: false, intactRecords: 2 });
  });

  it('answers a wrong call with its usage and exit code 2', async () => {
    expect(await runRepairCommand([], print)).toBe(2);
    expect(await runRepairCommand([path, '--force'], print)).toBe(2);
    expect(output[0]).toMatch(/^Usage: cleannet-log-repair/);
  });

  it('refuses while the log is open, with exit code 1', async () => {
    const log = await openFileLog<ContractEvent>({ path });
    expect(await runRepairCommand([path], print)).toBe(1);
    expect(output[0]).toMatch(/already open by process/);
    await log.close();
  });
});
