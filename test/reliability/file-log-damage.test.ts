import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge } from './support/events.js';
import { postJson } from './support/http.js';
import { listEvents } from './support/ledger-events.js';
import { LedgerService, TOKENS } from './support/ledger-service.js';
import { FRAME_HEADER_BYTES, framesOf, type Frame } from './support/log-frames.js';
import { fileLogPath } from './support/stored-log.js';
import { tempDir } from './support/temp-dir.js';

/**
 * Damage to the embedded file log, end to end through the service: a torn
 * tail is dropped on start (and only it); damage in the middle stops the
 * start with an error naming the position and byte offset; the documented
 * repair command (cleannet-log-repair) quarantines exactly the damaged bytes
 * and keeps every intact record.
 */

const repairBin = fileURLToPath(
  new URL('../../packages/event-log/dist/cli/repair-bin.js', import.meta.url),
);
const root = tempDir('damage');
const env = (dataDir: string) => ({
  LEDGER_DATA_DIR: dataDir,
  LEDGER_TOKENS: TOKENS,
  // Nothing re-imported on start: what the service serves is what the file holds.
  LEDGER_IMPORT_DATASET: 'false',
});

let pristineLog: string;
let frames: Frame[];
let allIds: string[];

beforeAll(async () => {
  const dataDir = join(root.path, 'pristine');
  const service = await LedgerService.start({
    env: { ...env(dataDir), LEDGER_IMPORT_DATASET: 'true' },
  });
  for (let i = 0; i < 5; i += 1) {
    const answer = await postJson(
      service.url,
      '/v1/events',
      pledge(`operator:damage-${i}`, `damage-${i}`),
    );
    expect(answer.status).toBe(201);
  }
  await service.stop();
  pristineLog = fileLogPath(dataDir);
  frames = framesOf(pristineLog);
  allIds = frames.map((frame) => frame.id);
  expect(frames.length).toBeGreaterThan(100);
});

afterAll(() => root.remove());

let copies = 0;
/** A data dir holding a copy of the pristine log, for one test to damage. */
function copyOfLog(): string {
  copies += 1;
  const dataDir = join(root.path, `copy-${copies}`);
  mkdirSync(dataDir);
  copyFileSync(pristineLog, fileLogPath(dataDir));
  return dataDir;
}

function flipByte(path: string, at: number): void {
  const bytes = readFileSync(path);
  bytes[at] = (bytes[at] ?? 0) ^ 0x5a;
  writeFileSync(path, bytes);
}

function repair(path: string, ...flags: string[]) {
  return spawnSync(process.execPath, [repairBin, path, ...flags], { encoding: 'utf8' });
}

async function idsServedFrom(dataDir: string): Promise<string[]> {
  const service = await LedgerService.start({ env: env(dataDir) });
  try {
    return (await listEvents(service.url)).map((event) => event.id);
  } finally {
    await service.stop();
  }
}

describe('a torn tail (the log cut short mid-record)', () => {
  for (const [label, cut] of [
    ['inside the payload', (frame: Frame) => frame.offset + FRAME_HEADER_BYTES + 10],
    ['inside the header', (frame: Frame) => frame.offset + 7],
  ] as const) {
    it(`cut ${label}: the service starts, drops only the torn record, keeps the bytes aside and appends after it`, async () => {
      const dataDir = copyOfLog();
      const last = frames.at(-1)!;
      truncateSync(fileLogPath(dataDir), cut(last));

      const service = await LedgerService.start({ env: env(dataDir) });
      try {
        const ids = (await listEvents(service.url)).map((event) => event.id);
        expect(ids).toEqual(allIds.slice(0, -1));
        expect(service.output).toContain(String(last.offset));
        expect(readdirSync(dataDir).some((name) => name.startsWith('ledger.log.torn-'))).toBe(true);
        const next = await postJson(
          service.url,
          '/v1/events',
          pledge('operator:after-tear', 'after-tear'),
        );
        expect(next.status).toBe(201);
        expect((JSON.parse(next.body) as { position: number }).position).toBeGreaterThanOrEqual(
          last.position,
        );
      } finally {
        await service.stop();
      }
      expect(await idsServedFrom(dataDir)).toEqual([...allIds.slice(0, -1), 'after-tear']);
    });
  }
});

describe('damage in the middle of the log', () => {
  it('a flipped payload byte: start-up refuses, naming the position and byte offset', async () => {
    const dataDir = copyOfLog();
    const victim = frames[Math.floor(frames.length / 2)]!;
    flipByte(
      fileLogPath(dataDir),
      victim.offset + FRAME_HEADER_BYTES + Math.floor((victim.length - FRAME_HEADER_BYTES) / 2),
    );

    const { code, output } = await LedgerService.expectStartFailure({ env: env(dataDir) });
    expect(code).not.toBe(0);
    expect(output).toContain(
      `Log corrupted at position ${victim.position} (byte offset ${victim.offset})`,
    );
  });

  for (const [label, at] of [
    ['a payload byte', (frame: Frame) => frame.offset + FRAME_HEADER_BYTES + 20],
    ['the length field', (frame: Frame) => frame.offset + 5],
  ] as const) {
    it(`after ${label} is damaged, cleannet-log-repair quarantines that record only and the service starts`, async () => {
      const dataDir = copyOfLog();
      const path = fileLogPath(dataDir);
      const victim = frames[Math.floor(frames.length / 3)]!;
      flipByte(path, at(victim));
      const damaged = readFileSync(path);

      const dryRun = repair(path, '--dry-run');
      expect(dryRun.status, dryRun.stdout + dryRun.stderr).toBe(0);
      expect(readFileSync(path).equals(damaged)).toBe(true);

      const result = repair(path, '--json');
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const report = JSON.parse(result.stdout) as {
        intactRecords: number;
        regions: Array<{ byteOffset: number; byteLength: number }>;
        quarantineFile: string;
      };
      expect(report.intactRecords).toBe(frames.length - 1);
      expect(report.regions).toEqual([
        expect.objectContaining({ byteOffset: victim.offset, byteLength: victim.length }),
      ]);
      // Every removed byte is kept, exactly.
      expect(
        readFileSync(report.quarantineFile).equals(
          damaged.subarray(victim.offset, victim.offset + victim.length),
        ),
      ).toBe(true);

      expect(await idsServedFrom(dataDir)).toEqual(allIds.filter((id) => id !== victim.id));
    });
  }

  it('repairing an intact log changes nothing', () => {
    const dataDir = copyOfLog();
    const before = readFileSync(fileLogPath(dataDir));
    const result = repair(fileLogPath(dataDir));
    expect(result.status).toBe(0);
    expect(readFileSync(fileLogPath(dataDir)).equals(before)).toBe(true);
    expect(readdirSync(dataDir).filter((name) => name.includes('quarantine'))).toEqual([]);
  });

  it('repair refuses to touch a log the service has open', async () => {
    const dataDir = copyOfLog();
    const service = await LedgerService.start({ env: env(dataDir) });
    try {
      const result = repair(fileLogPath(dataDir));
      expect(result.status).toBe(1);
    } finally {
      await service.stop();
    }
  });
});
