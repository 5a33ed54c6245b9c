import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

/** The built service (`npm run build -w @cleannet/ledger-api`); turbo builds it before the tests. */
export const serviceMain = fileURLToPath(
  new URL('../../../apps/ledger-api/dist/main.js', import.meta.url),
);

export const RECORDER_TOKEN = 'reliability-recorder-token-0001';
export const READER_TOKEN = 'reliability-reader-token-0002';
export const TOKENS = `recorder-a:${RECORDER_TOKEN}=recorder;reader-b:${READER_TOKEN}=reader`;

export interface StartOptions {
  /** Extra environment for the service (on top of a clean one: nothing leaks from the test's env). */
  readonly env: Readonly<Record<string, string>>;
  /** Reuse a port (a restart); a free one otherwise. */
  readonly port?: number;
  readonly startTimeoutMs?: number;
  /** Node options before the script, e.g. `--cpu-prof` (not all of them are allowed in NODE_OPTIONS). */
  readonly nodeArgs?: readonly string[];
}

/**
 * The ledger service as a child process, the way it runs in production:
 * `node apps/ledger-api/dist/main.js` configured through its environment.
 * Everything it prints is kept, so tests can search its logs.
 */
export class LedgerService {
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    private readonly chunks: string[],
    readonly exited: Promise<number | null>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** stdout and stderr, interleaved as they arrived. */
  get output(): string {
    return this.chunks.join('');
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the service and resolves once it listens; rejects with its output if it exits first. */
  static async start(options: StartOptions): Promise<LedgerService> {
    if (!existsSync(serviceMain)) {
      throw new Error(`${serviceMain} is missing: run "npm run build -w @cleannet/ledger-api"`);
    }
    const port = options.port ?? (await freePort());
    const { child, chunks, exited } = spawnService(port, options.env, options.nodeArgs ?? []);
    const service = new LedgerService(child, port, chunks, exited);
    const timeoutMs = options.startTimeoutMs ?? 90_000;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        child.kill('SIGKILL');
        reject(new Error(`the service did not listen within ${timeoutMs} ms:\n${service.tail()}`));
      }, timeoutMs);
      const onData = () => {
        if (service.output.includes('Clean Network Ledger listening on')) {
          cleanup();
          resolve();
        }
      };
      const onExit = (code: number | null, signal: string | null) => {
        cleanup();
        reject(
          new StartFailed(
            `the service exited (${code ?? signal}) before listening`,
            service.output,
            code,
          ),
        );
      };
      const cleanup = () => {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.off('close', onExit);
      };
      child.stdout?.on('data', onData);
      child.once('close', onExit);
      onData();
    });
    return service;
  }

  /** Runs the service expecting it to refuse to start; resolves with its exit code and output. */
  static async expectStartFailure(
    options: StartOptions,
  ): Promise<{ code: number | null; output: string }> {
    try {
      const service = await LedgerService.start(options);
      await service.stop();
      throw new Error('the service started but was expected to refuse');
    } catch (error) {
      if (!(error instanceof StartFailed)) throw error;
      return { code: error.exitCode, output: error.output };
    }
  }

  /** kill -9: no shutdown hook runs, nothing is flushed. */
  async kill9(): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Graceful stop (SIGTERM), SIGKILL after a bound. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) {
      await this.exited;
      return;
    }
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Resident set size of the process in bytes, from /proc (Linux). */
  rssBytes(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb === undefined ? Number.NaN : Number(kb) * 1024;
  }

  tail(lines = 40): string {
    return this.output.split('\n').slice(-lines).join('\n');
  }
}

export class StartFailed extends Error {
  constructor(
    message: string,
    readonly output: string,
    readonly exitCode: number | null = null,
  ) {
    super(`${message}\n${output.split('\n').slice(-30).join('\n')}`);
  }
}

function spawnService(
  port: number,
  env: Readonly<Record<string, string>>,
  nodeArgs: readonly string[],
) {
  const child = spawn(process.execPath, [...nodeArgs, serviceMain], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LEDGER_SHUTDOWN_GRACE_MS: '2000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => chunks.push(chunk));
  child.stderr.on('data', (chunk: string) => chunks.push(chunk));
  const exited = new Promise<number | null>((resolve) => {
    child.once('close', (code) => resolve(code));
  });
  return { child, chunks, exited };
}
