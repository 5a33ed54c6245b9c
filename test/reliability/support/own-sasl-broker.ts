import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePorts } from './free-port.js';
import { tempDir } from './temp-dir.js';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../../infra/kafka/sasl-broker.sh', import.meta.url));

/**
 * A broker with a SASL_SSL listener of this test's own (infra/kafka/sasl-broker.sh
 * on free ports with its own run dir): its CA made by keytool, SCRAM and PLAIN
 * credentials for one user with a random password.
 */
export class OwnSaslBroker {
  private constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly runDir: { path: string; remove: () => void },
  ) {}

  static async create(): Promise<OwnSaslBroker> {
    const [sasl, internal, controller] = await freePorts(3);
    const runDir = tempDir('own-sasl-broker');
    return new OwnSaslBroker(
      {
        ...process.env,
        KAFKA_SASL_RUN_DIR: runDir.path,
        KAFKA_SASL_PORT: String(sasl),
        KAFKA_SASL_INTERNAL_PORT: String(internal),
        KAFKA_SASL_CONTROLLER_PORT: String(controller),
        KAFKA_START_TIMEOUT: '120',
      },
      runDir,
    );
  }

  async start(): Promise<void> {
    await run('bash', [script, 'start'], { env: this.env, timeout: 240_000 });
  }

  /** What a client needs (KAFKA_BROKERS, KAFKA_SSL*, KAFKA_SASL*), from `sasl-broker.sh env`. */
  async clientEnv(): Promise<Record<string, string>> {
    const { stdout } = await run('bash', [script, 'env'], { env: this.env });
    return Object.fromEntries(
      stdout
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
  }

  /** kill -9 (the data is thrown away next) and deletes the run dir. */
  async destroy(): Promise<void> {
    try {
      await run('bash', [script, 'kill'], { env: this.env, timeout: 60_000 });
    } finally {
      this.runDir.remove();
    }
  }
}
