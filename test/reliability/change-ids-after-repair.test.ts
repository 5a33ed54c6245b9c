import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesOf, readChangeStream, type SseMessage } from './support/change-stream.js';
import { pledge } from './support/events.js';
import { postJson } from './support/http.js';
import { LedgerService, TOKENS } from './support/ledger-service.js';
import { FRAME_HEADER_BYTES, framesOf } from './support/log-frames.js';
import { fileLogPath } from './support/stored-log.js';
import { tempDir } from './support/temp-dir.js';

/**
 * A change id keeps its meaning across a log repair: a subscriber's resume
 * point from before the repair either still names the same change (the damage
 * lies after it) or is answered with a resync, never resumed at another place.
 */

const repairBin = fileURLToPath(
  new URL('../../packages/event-log/dist/cli/repair-bin.js', import.meta.url),
);
const dir = tempDir('ids-repair');
const env = {
  LEDGER_DATA_DIR: dir.path,
  LEDGER_TOKENS: TOKENS,
  LEDGER_IMPORT_DATASET: 'false',
};
const pledged = ['ids-0', 'ids-1', 'ids-2', 'ids-3', 'ids-4'];
let service: LedgerService;
/** The stream's id of each pledge's change, as a subscriber saw them before the repair. */
const idBefore = new Map<string, string>();

const causeOf = (message: SseMessage) =>
  (JSON.parse(message.data!) as { causeEventId: string }).causeEventId;

beforeAll(async () => {
  service = await LedgerService.start({ env });
  for (const id of pledged) {
    expect((await postJson(service.url, '/v1/events', pledge(`operator:${id}`, id))).status).toBe(
      201,
    );
  }
  const seen = changesOf(
    await readChangeStream(service.url, {
      until: (messages) => changesOf(messages).length >= pledged.length,
    }),
  );
  for (const message of seen) idBefore.set(causeOf(message), message.id!);
  await service.stop();

  // Damage the record of ids-1 and let the repair tool quarantine it.
  const path = fileLogPath(dir.path);
  const frame = framesOf(path).find((candidate) => candidate.id === 'ids-1')!;
  const bytes = readFileSync(path);
  bytes[frame.offset + FRAME_HEADER_BYTES + 5]! ^= 0x5a;
  writeFileSync(path, bytes);
  const repair = spawnSync(process.execPath, [repairBin, path], { encoding: 'utf8' });
  expect(repair.status, repair.stdout + repair.stderr).toBe(0);
  service = await LedgerService.start({ env });
}, 120_000);

afterAll(async () => {
  await service?.stop();
  dir.remove();
});

describe('after the repair tool quarantined a record', () => {
  it('a resume point before the damage still names the same change: the stream continues after it', async () => {
    const resumed = changesOf(
      await readChangeStream(service.url, {
        lastEventId: idBefore.get('ids-0')!,
        until: (messages) => changesOf(messages).length >= 3,
      }),
    );
    expect(resumed.map(causeOf)).toEqual(['ids-2', 'ids-3', 'ids-4']);
  });

  it('a resume point after the damage is answered with a resync, then every change from the first', async () => {
    const lastEventId = idBefore.get('ids-2')!;
    const messages = await readChangeStream(service.url, {
      lastEventId,
      until: (received) => changesOf(received).length >= 4,
    });
    expect(messages[0]).toMatchObject({ event: 'resync', id: '' });
    expect(JSON.parse(messages[0]!.data!)).toMatchObject({ reason: 'unknown-change', lastEventId });
    expect(changesOf(messages).map(causeOf)).toEqual(['ids-0', 'ids-2', 'ids-3', 'ids-4']);
  });

  it('an id beyond the head is answered with a resync, not with silence', async () => {
    const messages = await readChangeStream(service.url, {
      lastEventId: '99999999',
      until: (received) => received.length >= 1,
      timeoutMs: 10_000,
    });
    expect(messages[0]).toMatchObject({ event: 'resync' });
  });
});
