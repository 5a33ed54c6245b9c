import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../reliability/support/appenders.js';
import { freePort } from '../reliability/support/free-port.js';
import { tempDir } from '../reliability/support/temp-dir.js';

/**
 * `npm start` is how people run the ledger by hand and under simple
 * supervisors: a SIGTERM (or Ctrl-C) to it must stop the service, not leave
 * it running without a parent.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const leftovers: number[] = [];
const dataDir = tempDir('npm-start');

afterEach(() => {
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone, as it should be
    }
  }
  dataDir.remove();
});

/** Every process below `pid`, from /proc (Linux). */
function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

/** Running, not merely an unreaped zombie (this container's PID 1 may never reap orphans). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

describe('npm start', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'ends the service on %s and leaves no process of it behind',
    { timeout: 240_000 },
    async (signal) => {
      // Given `npm start` serving on a free port with an empty data dir
      const port = await freePort();
      const npm = spawn('npm', ['start'], {
        cwd: root,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          LEDGER_DATA_DIR: dataDir.path,
          LEDGER_IMPORT_DATASET: 'false',
          KAFKA_BROKERS: '',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = once(npm, 'exit');
      await waitFor(
        () => output.includes('listening on'),
        180_000,
        `npm start to listen:\n${output}`,
      );
      const tree = descendantsOf(npm.pid!);
      leftovers.push(npm.pid!, ...tree);
      expect(tree.length).toBeGreaterThan(0);

      // When npm alone gets the signal
      npm.kill(signal);
      await exited;

      // Then every process it started is gone, and the port is free again
      await waitFor(() => tree.every((pid) => !alive(pid)), 20_000, 'the processes to end');
      const answer = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      expect(answer).toBeUndefined();
      // And turbo's run summary is not printed on a successful start
      expect(output).not.toMatch(/Tasks:\s+\d+ successful/);
    },
  );
});
