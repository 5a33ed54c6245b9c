import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createLedgerClient } from '@cleannet/client';
import { createLedgerApp, loadConfig, type LedgerApp } from '@cleannet/ledger-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TOKEN = 'client-cli-e2e-recorder-token-0123456789';
const bin = join(
  dirname(createRequire(import.meta.url).resolve('@cleannet/client')),
  'cli',
  'bin.js',
);
let app: LedgerApp;
let dir: string;

const source = { document: 'client-cli-e2e.txt', confidence: 'high' } as const;
const event = (id: string, type: string, subject: string, effectiveAt: string, data: object) => ({
  id,
  type,
  subject,
  effectiveAt,
  effectivePrecision: 'day',
  schemaVersion: 1,
  source,
  data,
});
const pledge = (subject: string, day: string) =>
  event(`pledge-${subject}`, 'PledgeMade', subject, day, {
    instrument: 'statement',
    programme: 'clean-network',
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'client-cli-e2e-'));
  app = await createLedgerApp(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LEDGER_DATA_DIR: dir,
      LEDGER_TOKENS: `recorder:${TOKEN}=recorder`,
      LEDGER_IMPORT_DATASET: 'false',
      LEDGER_DASHBOARD_DIR: join(dir, 'no-dashboard'),
      LEDGER_SSE_HEARTBEAT_MS: '200',
      LOG_LEVEL: 'silent',
    }),
  );
  const client = createLedgerClient({ baseUrl: app.url, token: TOKEN });
  await client.appendBatch([
    pledge('BR', '2020-11-10'),
    pledge('PL', '2020-10-22'),
    event('ban-SE', 'BanEnacted', 'SE', '2021-06-01', {
      measureId: 'se-huawei-ban',
      vendors: { kind: 'named', vendorIds: ['vendor:huawei'] },
      scopes: [
        { part: 'whole-network', generations: ['5g'], measure: { kind: 'no-new-purchases' } },
      ],
      instrument: 'law',
    }),
    event('reversal-BR', 'CommitmentReversed', 'BR', '2021-01-29', {
      target: { kind: 'pledge' },
      extent: 'full',
      vendorsReadmitted: ['vendor:huawei'],
    }),
  ] as never);
});
afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cleannet(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      env: { ...process.env, CLEANNET_URL: app.url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('cleannet CLI against a running ledger', () => {
  it('state: who was committed as of a date', async () => {
    const before = await cleannet('state', '--as-of', '2021-01-28');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('As of 2021-01-28: 2 committed');
    const after = await cleannet('state', '--as-of', '2021-01-31', '--format', 'json');
    expect(JSON.parse(after.stdout).committed.map((a: { actorId: string }) => a.actorId)).toEqual([
      'PL',
    ]);
    const unknown = await cleannet('state', '--as-of', '2021-01-31', '--known-at', '2001-01-01');
    expect(unknown.stdout).toContain('0 committed');
  });

  it('diff: who joined, who left, which measures changed', async () => {
    const { code, stdout } = await cleannet(
      'diff',
      '--from',
      '2020-12-31',
      '--to',
      '2021-12-31',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(diff.left.map((a: { actorId: string }) => a.actorId)).toEqual(['BR']);
    expect(diff.joined).toEqual([]);
    expect(diff.markets).toContainEqual(
      expect.objectContaining({ vendorId: 'vendor:huawei', country: 'SE', before: 'open' }),
    );
    const text = await cleannet('diff', '--from', '2020-12-31', '--to', '2021-12-31');
    expect(text.stdout).toMatch(/Left \(1\):\n {2}BR/);
  });

  it('export: events as CSV to a file, page by page with progress; membership and exposure', async () => {
    const out = join(dir, 'events.csv');
    const events = await cleannet('export', 'events', '--out', out, '--page-size', '1');
    expect(events.code).toBe(0);
    expect(events.stderr).toContain('exported 4 events');
    const csv = (await readFile(out, 'utf8')).trim().split('\n');
    expect(csv).toHaveLength(5);
    expect(csv[0]).toContain('id');
    const membership = await cleannet('export', 'membership', '--as-of', '2020-12-31');
    expect(membership.stdout.split('\n')[0]).toContain('actorId');
    const exposure = await cleannet(
      'export',
      'exposure',
      '--as-of',
      '2021-12-31',
      '--format',
      'json',
    );
    expect(JSON.parse(exposure.stdout).asOf).toBe('2021-12-31');
  });

  it('tail: prints live changes as they happen', async () => {
    const child = spawn(process.execPath, [bin, '--url', app.url, 'tail', '--format', 'json']);
    const lines: string[] = [];
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      lines.push(...parts);
    });
    const until = async (n: number) => {
      for (let i = 0; i < 500 && lines.length < n; i += 1)
        await new Promise((r) => setTimeout(r, 20));
    };
    await until(4);
    const client = createLedgerClient({ baseUrl: app.url, token: TOKEN });
    await client.append(pledge('SE', '2020-05-20') as never);
    await until(5);
    child.kill('SIGINT');
    const ids = lines.map((line) => JSON.parse(line).id as string);
    expect(new Set(ids.slice(0, 5)).size).toBe(5);
    expect(ids.every((id) => /^\d+\.\d+\.[0-9a-f]{16}$/.test(id))).toBe(true);
    expect(JSON.parse(lines[4]!).data).toMatchObject({ actorId: 'SE', after: 'member' });
  });

  it('explains a bad date and an unreachable service in one sentence, with exit codes 2 and 3', async () => {
    const badDate = await cleannet('state', '--as-of', '2021-02-30');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr.trim()).toBe(
      'cleannet: --as-of must be a calendar date as YYYY-MM-DD, not "2021-02-30".',
    );
    const unreachable = await cleannet(
      '--url',
      'http://127.0.0.1:9',
      'state',
      '--as-of',
      '2021-01-31',
    );
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unreachable.stderr).toContain('Cannot reach the ledger at http://127.0.0.1:9');
    expect(unreachable.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('has --help for every command', async () => {
    for (const command of ['state', 'diff', 'export', 'tail', 'watch-regressions']) {
      const help = await cleannet(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: cleannet ${command}`);
      expect(help.stdout).toContain('Example');
    }
  });
});
