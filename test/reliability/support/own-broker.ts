import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';
import { tempDir } from './temp-dir.js';

const run = promisify(execFile);
const kafkaScript = fileURLToPath(new URL('../../../infra/kafka/kafka.sh', import.meta.url));

/**
 * A Kafka broker of this test's own (infra/kafka/kafka.sh on free ports with
 * its own run dir), so it can be stopped without touching the shared broker
 * on 127.0.0.1:9092 that other suites use.
 */
export class OwnBroker {
  private constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly runDir: { path: string; remove: () => void },
  ) {}

  static async create(): Promise<OwnBroker> {
    const port = await freePort();
    let controllerPort = await freePort();
    while (controllerPort === port) controllerPort = await freePort();
    const runDir = tempDir('own-broker');
    return new OwnBroker(
      port,
      {
        ...process.env,
        KAFKA_PORT: String(port),
        KAFKA_CONTROLLER_PORT: String(controllerPort),
        KAFKA_RUN_DIR: runDir.path,
        KAFKA_START_TIMEOUT: '120',
        KAFKA_STOP_TIMEOUT: '30',
      },
      runDir,
    );
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Returns once the broker serves requests. */
  async start(): Promise<void> {
    await run('bash', [kafkaScript, 'start'], { env: this.env, timeout: 180_000 });
  }

  /** Graceful stop (SIGTERM, SIGKILL after 30 s); returns once the JVM is gone. */
  async stop(): Promise<void> {
    await run('bash', [kafkaScript, 'stop'], { env: this.env, timeout: 90_000 });
  }

  /** Stops the broker and deletes its data. */
  async destroy(): Promise<void> {
    try {
      await this.stop();
    } finally {
      this.runDir.remove();
    }
  }
}
