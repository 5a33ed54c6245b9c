import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { uniqueTopic } from '@cleannet/testkit';
import type {} from '@cleannet/testkit/kafka-global-setup';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collect, type ContractEvent } from './contract/event-log.contract.js';
import { createEventLogFromEnv } from './from-env.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const quiet = { warn: () => undefined, error: () => undefined };

/**
 * A separate process appends from 20 concurrent clients through the built
 * package and prints each id once its append resolved.
 */
const writer = `
const { createEventLogFromEnv } = await import('./dist/index.js');
const quiet = { warn() {}, error() {} };
const log = await createEventLogFromEnv({ logger: quiet });
const run = process.env.CRASH_RUN;
await Promise.all(Array.from({ length: 20 }, async (_, client) => {
  for (let i = 0; ; i++) {
    const id = run + '-' + client + '-' + i;
    await log.append([{ id, subject: 'operator:c' + client, type: 'CrashTested', data: { i } }]);
    process.stdout.write(id + '\\n');
  }
}));
`;

/** Starts the writer, kills it with SIGKILL after `acks` acknowledgements, returns the acknowledged ids. */
async function appendThenKill(
  env: NodeJS.ProcessEnv,
  run: string,
  acks: number,
): Promise<string[]> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', writer], {
    cwd: packageRoot,
    env: { ...inheritedEnv(), ...env, CRASH_RUN: run },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acknowledged: string[] = [];
  const exited = new Promise((resolve) => child.on('exit', resolve));
  for await (const line of createInterface({ input: child.stdout })) {
    acknowledged.push(line);
    if (acknowledged.length === acks) child.kill('SIGKILL');
  }
  await exited;
  return acknowledged;
}

/** The parent's environment minus the log choice (the global setup sets KAFKA_BROKERS), so each test picks its own. */
function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key !== 'KAFKA_BROKERS' && !key.startsWith('LEDGER_'),
    ),
  );
}

async function storedIds(env: NodeJS.ProcessEnv): Promise<string[]> {
  const log = await createEventLogFromEnv<ContractEvent>({ env, logger: quiet });
  try {
    return (await collect(log.read(0))).map((r) => r.event.id);
  } finally {
    await log.close();
  }
}

function expectEveryAcknowledgedOnce(acknowledged: readonly string[], stored: readonly string[]) {
  expect(new Set(stored).size).toBe(stored.length);
  const storedSet = new Set(stored);
  expect(acknowledged.filter((id) => !storedSet.has(id))).toEqual([]);
}

describe('kill -9 during concurrent appends', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'crash-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('file log: every acknowledged append survives, exactly once, crash after crash', async () => {
    const env = { LEDGER_LOG_PATH: join(directory, 'ledger.log') };
    const acknowledged: string[] = [];
    expect(await storedIds(env)).toEqual([]);
    for (let run = 0; run < 3; run++) {
      acknowledged.push(...(await appendThenKill(env, `f${run}`, 300)));
      expectEveryAcknowledgedOnce(acknowledged, await storedIds(env));
    }
  });

  it('Kafka log: every acknowledged append survives, exactly once, crash after crash', async () => {
    const topic = uniqueTopic('event-log.crash');
    const env = { KAFKA_BROKERS: inject('kafkaBrokers').join(','), LEDGER_KAFKA_TOPIC: topic };
    const acknowledged: string[] = [];
    for (let run = 0; run < 2; run++) {
      acknowledged.push(...(await appendThenKill(env, `k${run}`, 100)));
      expectEveryAcknowledgedOnce(acknowledged, await storedIds(env));
    }
  }, 60_000);
});
