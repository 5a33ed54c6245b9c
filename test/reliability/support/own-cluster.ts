import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePorts } from './free-port.js';
import { tempDir } from './temp-dir.js';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../../infra/kafka/cluster.sh', import.meta.url));

/**
 * A three-broker KRaft cluster of this test's own (infra/kafka/cluster.sh on
 * free ports with its own run dir), whose nodes the test can kill and restart.
 */
export class OwnCluster {
  private constructor(
    readonly ports: readonly number[],
    private readonly env: NodeJS.ProcessEnv,
    private readonly runDir: { path: string; remove: () => void },
  ) {}

  static async create(): Promise<OwnCluster> {
    const ports = await freePorts(6);
    const runDir = tempDir('own-cluster');
    return new OwnCluster(
      ports.slice(0, 3),
      {
        ...process.env,
        KAFKA_CLUSTER_RUN_DIR: runDir.path,
        KAFKA_CLUSTER_PORTS: ports.slice(0, 3).join(','),
        KAFKA_CLUSTER_CONTROLLER_PORTS: ports.slice(3).join(','),
        KAFKA_START_TIMEOUT: '180',
      },
      runDir,
    );
  }

  get brokers(): string[] {
    return this.ports.map((port) => `127.0.0.1:${port}`);
  }

  /** Returns once every node serves requests. */
  async start(): Promise<void> {
    await this.cluster('start');
  }

  /** kill -9 of node 1-3: no shutdown, no leadership handed over. */
  async killNode(node: number): Promise<void> {
    await this.cluster('kill-node', String(node));
  }

  async startNode(node: number): Promise<void> {
    await this.cluster('start-node', String(node));
  }

  /** kill -9 of every node (the data is thrown away next) and deletes the run dir. */
  async destroy(): Promise<void> {
    try {
      await Promise.all([1, 2, 3].map((node) => this.killNode(node)));
    } finally {
      this.runDir.remove();
    }
  }

  private async cluster(...args: string[]): Promise<void> {
    await run('bash', [script, ...args], { env: this.env, timeout: 300_000 });
  }
}
