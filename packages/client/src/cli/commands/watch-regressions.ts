import { kafkaSecurityFromEnv, KafkaSecurityConfigError } from '@cleannet/event-log';
import { Command } from 'commander';
import { startRegressionSubscriber } from '../../examples/regressions-to-file.js';
import { UsageError } from '../cli-errors.js';

interface WatchOptions {
  brokers: string;
  out: string;
  webhook?: string;
  group: string;
  topic?: string;
  sessionTimeout?: number;
}

export function watchRegressionsCommand(): Command {
  return new Command('watch-regressions')
    .description(
      'Example subscriber: append each regression from Kafka to a JSON-lines file (and POST it to a webhook)',
    )
    .option(
      '--brokers <list>',
      'Kafka brokers, host:port[,host:port]',
      process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    )
    .option('--out <file>', 'JSON-lines file to append to', 'regressions.jsonl')
    .option('--webhook <url>', 'also POST each regression CloudEvent to this URL')
    .option(
      '--group <id>',
      'consumer group: where a restart resumes',
      'cleannet-regressions-to-file',
    )
    .option('--topic <name>', 'commitment-changes topic (default cleannet.commitment-changes.v1)')
    .option(
      '--session-timeout <ms>',
      "how soon a crashed instance's partitions move to a new one (min 6000)",
      (value) => Number(value),
    )
    .addHelpText(
      'after',
      '\nA secured cluster: KAFKA_SSL, KAFKA_SSL_CA_FILE, KAFKA_SSL_CERT_FILE, KAFKA_SSL_KEY_FILE,\n' +
        'KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD (docs/kafka.md).\n' +
        '\nExample:\n  cleannet watch-regressions --brokers 127.0.0.1:9092 --out regressions.jsonl',
    )
    .action(async (options: WatchOptions) => {
      const subscription = await startRegressionSubscriber({
        security: securityFromEnv(),
        brokers: options.brokers
          .split(',')
          .map((broker) => broker.trim())
          .filter(Boolean),
        out: options.out,
        groupId: options.group,
        ...(options.webhook ? { webhookUrl: options.webhook } : {}),
        ...(options.topic ? { topic: options.topic } : {}),
        ...(options.sessionTimeout ? { sessionTimeoutMs: options.sessionTimeout } : {}),
      });
      process.stderr.write(`watching for regressions; appending to ${options.out}\n`);
      const stop = () => void subscription.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await subscription.closed;
    });
}

/** A bad security variable is a usage error naming it, before any connection is tried. */
function securityFromEnv() {
  try {
    return kafkaSecurityFromEnv(process.env);
  } catch (error) {
    if (error instanceof KafkaSecurityConfigError) throw new UsageError(error.message);
    throw error;
  }
}
