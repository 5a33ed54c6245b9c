import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The broker that `infra/kafka/kafka.sh` runs on this machine. Its settings
 * come from the same environment variables the script reads, so both always
 * agree on the port and the run folder.
 */
export interface LocalBroker {
  address: string;
  script: string;
  runDir: string;
}

const SCRIPT_IN_REPO = join('infra', 'kafka', 'kafka.sh');

/** Walks up from this module (src/ or dist/ alike) to the repository that holds the script. */
function findScript(from: string): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, SCRIPT_IN_REPO);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${SCRIPT_IN_REPO} above ${from}`);
    dir = parent;
  }
}

export function localBroker(env: NodeJS.ProcessEnv = process.env): LocalBroker {
  const script = findScript(dirname(fileURLToPath(import.meta.url)));
  return {
    address: `127.0.0.1:${env.KAFKA_PORT ?? '9092'}`,
    script,
    runDir: env.KAFKA_RUN_DIR ?? join(dirname(script), '.run'),
  };
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function isLiveBrokerProcess(pidText: string | undefined): boolean {
  if (pidText === undefined || !/^\d+$/.test(pidText)) return false;
  const commandLine = readIfPresent(`/proc/${pidText}/cmdline`);
  return commandLine !== undefined && commandLine.includes('kafka.Kafka');
}

/**
 * The cluster id the local broker's storage was formatted with, while that
 * broker is running; undefined when it is not, so that a stale id is never
 * compared with some other cluster listening on the same port.
 */
export function runningLocalClusterId(broker: LocalBroker): string | undefined {
  if (!isLiveBrokerProcess(readIfPresent(join(broker.runDir, 'broker.pid')))) return undefined;
  const id = readIfPresent(join(broker.runDir, 'cluster-id'));
  return id === '' ? undefined : id;
}

/**
 * Runs `kafka.sh start`, which returns once the broker serves requests. The
 * script holds a file lock, so callers in several processes at once share one
 * start and the others find it running.
 */
export function startLocalBroker(broker: LocalBroker, env = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      [broker.script, 'start'],
      { env, timeout: 10 * 60_000, maxBuffer: 4 << 20 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(`could not start the local Kafka broker:\n${stdout}${stderr}`.trimEnd()),
          );
        } else {
          resolve(stdout.trim());
        }
      },
    );
  });
}
