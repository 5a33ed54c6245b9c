import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { SASLOptions } from 'kafkajs';

/**
 * How a kafkajs client authenticates and encrypts: spread it into
 * `new Kafka({ ...security })`. Empty for a plaintext cluster.
 */
export interface KafkaSecurity {
  readonly ssl?: true | ConnectionOptions;
  readonly sasl?: SASLOptions;
}

/** The SASL mechanisms kafkajs speaks without a plug-in, in its own spelling. */
const saslMechanisms = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

export interface KafkaSettingIssue {
  /** The environment variable at fault. */
  readonly variable: string;
  readonly message: string;
}

/** Every bad Kafka security variable at once, each named; never a secret's value. */
export class KafkaSecurityConfigError extends Error {
  override readonly name = 'KafkaSecurityConfigError';
  constructor(readonly issues: readonly KafkaSettingIssue[]) {
    super(
      `Invalid Kafka security settings:\n${issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n')}`,
    );
  }
}

/**
 * The one reading of the Kafka TLS and SASL variables, shared by the service,
 * the client's Kafka subscription and the CLI (docs/kafka.md):
 *
 * - KAFKA_SSL=true: TLS with the system's CAs. Setting any KAFKA_SSL_*_FILE
 *   turns TLS on as well; KAFKA_SSL=false with one of them is an error.
 * - KAFKA_SSL_CA_FILE: PEM CA bundle to trust (a private CA).
 * - KAFKA_SSL_CERT_FILE + KAFKA_SSL_KEY_FILE (+ KAFKA_SSL_KEY_PASSWORD): a client
 *   certificate (mutual TLS); one without the other is an error.
 * - KAFKA_SSL_REJECT_UNAUTHORIZED=false: accept any server certificate (tests only).
 * - KAFKA_SASL_MECHANISM (plain, scram-sha-256, scram-sha-512, any case) with
 *   KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE).
 *
 * Files are read here, once, so a missing one stops start-up with the
 * variable's name. Throws KafkaSecurityConfigError listing every problem.
 */
export function kafkaSecurityFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): KafkaSecurity {
  const issues: KafkaSettingIssue[] = [];
  const value = (variable: string) => {
    const raw = env[variable]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const flag = (variable: string): boolean | undefined => {
    const raw = value(variable)?.toLowerCase();
    if (raw === undefined) return undefined;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    issues.push({ variable, message: `expected true or false, got "${raw}"` });
    return undefined;
  };
  const file = (variable: string): string | undefined => {
    const path = value(variable);
    if (path === undefined) return undefined;
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      issues.push({ variable, message: `cannot read ${path} (${reason})` });
      return undefined;
    }
  };

  const security: { ssl?: true | ConnectionOptions; sasl?: SASLOptions } = {};
  const ssl = readTls(value, flag, file, issues);
  if (ssl !== undefined) security.ssl = ssl;
  const sasl = readSasl(value, file, issues);
  if (sasl !== undefined) security.sasl = sasl;
  if (issues.length > 0) throw new KafkaSecurityConfigError(issues);
  return security;
}

type Value = (variable: string) => string | undefined;

function readTls(
  value: Value,
  flag: (variable: string) => boolean | undefined,
  file: (variable: string) => string | undefined,
  issues: KafkaSettingIssue[],
): true | ConnectionOptions | undefined {
  const enabled = flag('KAFKA_SSL');
  const fileVariables = ['KAFKA_SSL_CA_FILE', 'KAFKA_SSL_CERT_FILE', 'KAFKA_SSL_KEY_FILE'];
  const given = fileVariables.filter((variable) => value(variable) !== undefined);
  const rejectUnauthorized = flag('KAFKA_SSL_REJECT_UNAUTHORIZED');
  if (enabled === false) {
    for (const variable of given)
      issues.push({ variable, message: 'is set but KAFKA_SSL=false turns TLS off' });
  }
  if (enabled === false || (enabled === undefined && given.length === 0)) {
    if (rejectUnauthorized !== undefined)
      issues.push({ variable: 'KAFKA_SSL_REJECT_UNAUTHORIZED', message: 'is set but TLS is off' });
    return undefined;
  }

  const hasCert = value('KAFKA_SSL_CERT_FILE') !== undefined;
  const hasKey = value('KAFKA_SSL_KEY_FILE') !== undefined;
  if (hasCert !== hasKey) {
    issues.push({
      variable: hasCert ? 'KAFKA_SSL_KEY_FILE' : 'KAFKA_SSL_CERT_FILE',
      message: 'a client certificate needs both KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE',
    });
  }
  const options: ConnectionOptions = {};
  const ca = file('KAFKA_SSL_CA_FILE');
  if (ca !== undefined) options.ca = [ca];
  const cert = file('KAFKA_SSL_CERT_FILE');
  if (cert !== undefined) options.cert = cert;
  const key = file('KAFKA_SSL_KEY_FILE');
  if (key !== undefined) options.key = key;
  const passphrase = value('KAFKA_SSL_KEY_PASSWORD');
  if (passphrase !== undefined) options.passphrase = passphrase;
  if (rejectUnauthorized !== undefined) options.rejectUnauthorized = rejectUnauthorized;
  return Object.keys(options).length === 0 ? true : options;
}

function readSasl(
  value: Value,
  file: (variable: string) => string | undefined,
  issues: KafkaSettingIssue[],
): SASLOptions | undefined {
  const mechanism = value('KAFKA_SASL_MECHANISM')?.toLowerCase();
  const username = value('KAFKA_SASL_USERNAME');
  const passwordFromFile = file('KAFKA_SASL_PASSWORD_FILE')?.replace(/\r?\n$/, '');
  const password = value('KAFKA_SASL_PASSWORD') ?? passwordFromFile;
  if (mechanism === undefined) {
    for (const variable of [
      'KAFKA_SASL_USERNAME',
      'KAFKA_SASL_PASSWORD',
      'KAFKA_SASL_PASSWORD_FILE',
    ])
      if (value(variable) !== undefined)
        issues.push({ variable, message: 'is set but KAFKA_SASL_MECHANISM is not' });
    return undefined;
  }
  if (!isMechanism(mechanism)) {
    issues.push({
      variable: 'KAFKA_SASL_MECHANISM',
      message: `expected one of ${saslMechanisms.join(', ')}, got "${mechanism}"`,
    });
    return undefined;
  }
  if (username === undefined)
    issues.push({ variable: 'KAFKA_SASL_USERNAME', message: `is needed for SASL ${mechanism}` });
  if (password === undefined && value('KAFKA_SASL_PASSWORD_FILE') === undefined)
    issues.push({
      variable: 'KAFKA_SASL_PASSWORD',
      message: `is needed for SASL ${mechanism} (or KAFKA_SASL_PASSWORD_FILE)`,
    });
  if (username === undefined || password === undefined) return undefined;
  return { mechanism, username, password };
}

function isMechanism(mechanism: string): mechanism is (typeof saslMechanisms)[number] {
  return (saslMechanisms as readonly string[]).includes(mechanism);
}

/** What may be logged about the security settings: never a password or a key. */
export function describeKafkaSecurity(security: KafkaSecurity): {
  tls: boolean;
  sasl: string;
} {
  return { tls: security.ssl !== undefined, sasl: security.sasl?.mechanism ?? 'none' };
}
