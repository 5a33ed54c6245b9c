import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * No Docker engine runs here, so infra/docker-compose.yml is checked by
 * reading it: the right services and image, a valid KRaft set-up, and the
 * same broker settings as the Docker-free broker of infra/kafka/kafka.sh.
 */

const infra = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'infra');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  volumes?: string[];
  environment?: Record<string, string | number>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync(join(infra, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
const kafka = compose.services.kafka ?? {};
const ledger = compose.services.ledger ?? {};
const kafkaEnv = kafka.environment ?? {};

/** `KAFKA_FOO_BAR` in the image's environment stands for `foo.bar` in server.properties. */
const propertyOf = (variable: string) =>
  variable.slice('KAFKA_'.length).toLowerCase().replaceAll('_', '.');

function localBrokerProperties(): Map<string, string> {
  const text = execFileSync('bash', [join(infra, 'kafka', 'kafka.sh'), 'properties'], {
    encoding: 'utf8',
  });
  return new Map(
    text
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('infra/docker-compose.yml', () => {
  it('runs the official Apache Kafka 3.9 image and the ledger service', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['kafka', 'ledger']);
    expect(kafka.image).toMatch(/^apache\/kafka:3\.9\.\d+$/);
  });

  it('configures a single combined KRaft node with a valid cluster id', () => {
    expect(kafkaEnv.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(kafkaEnv.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(`${kafkaEnv.KAFKA_NODE_ID}@kafka:9093`);
    expect(kafkaEnv.KAFKA_CONTROLLER_LISTENER_NAMES).toBe('CONTROLLER');
    expect(String(kafkaEnv.KAFKA_LISTENERS)).toContain('CONTROLLER://:9093');
    expect(String(kafkaEnv.KAFKA_ADVERTISED_LISTENERS)).toContain('PLAINTEXT://kafka:9092');
    // A Kafka Uuid: 16 bytes in unpadded base64url.
    const clusterId = String(kafkaEnv.CLUSTER_ID);
    expect(clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(clusterId, 'base64url')).toHaveLength(16);
  });

  it('gives the broker the same topic settings as the local broker', () => {
    const local = localBrokerProperties();
    const shared = [
      'default.replication.factor',
      'min.insync.replicas',
      'offsets.topic.replication.factor',
      'offsets.topic.num.partitions',
      'transaction.state.log.replication.factor',
      'transaction.state.log.min.isr',
      'transaction.state.log.num.partitions',
      'num.partitions',
      'group.initial.rebalance.delay.ms',
      'auto.create.topics.enable',
      'delete.topic.enable',
    ];
    const inCompose = new Map(
      Object.entries(kafkaEnv)
        .filter(([variable]) => variable.startsWith('KAFKA_'))
        .map(([variable, value]) => [propertyOf(variable), String(value)]),
    );
    for (const property of shared) {
      expect({ property, value: inCompose.get(property) }).toEqual({
        property,
        value: local.get(property),
      });
    }
  });

  it('declares the broker healthy only when it answers a Kafka request', () => {
    expect(kafka.healthcheck?.test.join(' ')).toContain('kafka-broker-api-versions.sh');
  });

  it("runs the ledger from the repository's image against the broker, on port 3000", () => {
    expect(ledger.build).toEqual({ context: '..', dockerfile: 'Dockerfile' });
    expect(ledger.command).toBeUndefined();
    // No bind mount of the repository: only named volumes.
    for (const volume of ledger.volumes ?? []) expect(volume).toMatch(/^[a-z-]+:\//);
    expect(ledger.volumes).toContain('ledger-data:/var/lib/cleannet');
    expect(ledger.healthcheck?.test.join(' ')).toContain('/readyz');
    expect(ledger.environment?.KAFKA_BROKERS).toBe('kafka:9092');
    expect(ledger.environment?.HOST).toBe('0.0.0.0');
    expect(ledger.ports).toContain('127.0.0.1:3000:3000');
    expect(ledger.depends_on?.kafka?.condition).toBe('service_healthy');
  });
});
