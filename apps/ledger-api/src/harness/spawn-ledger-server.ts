import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built service (`npm run build -w @cleannet/ledger-api`), run as `npm start` runs it. */
export const serverEntry = fileURLToPath(new URL('../main.js', import.meta.url));

export interface SpawnedLedgerServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /**
   * SIGTERM (graceful shutdown) and wait for the exit; SIGKILL if it takes
   * over `graceMs`. Resolves `graceful` when the process ended by itself.
   */
  stop(graceMs?: number): Promise<'graceful' | 'killed'>;
  /** SIGKILL: a crash, with no chance to flush anything. */
  kill(): Promise<void>;
}

export interface SpawnOptions {
  /** How long start-up (log open, replay, import, first publish) may take. */
  readonly readyTimeoutMs?: number;
  /** Node's own options ahead of the entry (e.g. `--cpu-prof`, `--trace-gc`), which NODE_OPTIONS refuses in part. */
  readonly nodeArgs?: readonly string[];
}

/**
 * Starts the service as a child process on the given environment (PORT=0
 * unless set, so the OS picks a free port) and resolves once it listens and
 * `/readyz` answers 200. End-to-end tests and benchmarks use it to exercise
 * the real process: real start-up, real shutdown, real crashes.
 */
export async function spawnLedgerServer(
  env: Record<string, string>,
  options: SpawnOptions = {},
): Promise<SpawnedLedgerServer> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverEntry], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  let url: string | undefined;
  try {
    while (url === undefined) {
      const listening = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
      if (listening) url = `http://127.0.0.1:${listening[1]}`;
      else await waitOrFail(child, deadline, () => output);
    }
    while (!(await isReady(url))) await waitOrFail(child, deadline, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
  const readyUrl = url;

  return {
    url: readyUrl,
    pid: child.pid!,
    output: () => output,
    async stop(graceMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return 'graceful';
      let killed = false;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, graceMs);
      try {
        // Nest re-raises the signal after its shutdown hooks: a graceful stop ends by SIGTERM.
        await exited;
        return killed ? 'killed' : 'graceful';
      } finally {
        clearTimeout(timer);
      }
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/readyz`)).status === 200;
  } catch {
    return false;
  }
}

async function waitOrFail(child: ChildProcess, deadline: number, output: () => string) {
  if (child.exitCode !== null || child.signalCode !== null) {
    throw new Error(
      `the ledger service exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`,
    );
  }
  if (Date.now() > deadline) {
    throw new Error(`the ledger service was not ready in time:\n${output()}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
