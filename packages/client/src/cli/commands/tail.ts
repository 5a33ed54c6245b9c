import { Command, Option } from 'commander';
import type { CommitmentChangeEvent } from '../../events/commitment-change-event.js';
import { LedgerUnreachableError } from '../../rest/problem-error.js';
import { subscribeSse } from '../../subscribe/sse-subscription.js';
import type { GlobalOptions } from '../context.js';

function line(event: CommitmentChangeEvent): string {
  const change = event.data;
  const what =
    change.dimension === 'measure' ? `measure ${change.measureId ?? ''}`.trim() : 'commitment';
  return (
    `${event.id}  ${change.effectiveOn}  ${change.actorId}  ${what}: ${change.before} -> ${change.after}` +
    `${change.regression ? '  REGRESSION' : ''}  (${change.causeType} ${change.causeEventId})`
  );
}

interface TailOptions {
  actor?: string;
  kind?: 'country' | 'operator' | 'company' | 'bloc';
  regressionsOnly?: boolean;
  after?: string;
  format: 'text' | 'json';
}

export function tailCommand(): Command {
  return new Command('tail')
    .description('Follow commitment changes live (Server-Sent Events), resuming across drops')
    .option('--actor <id>', 'only this actor')
    .addOption(
      new Option('--kind <kind>', 'only this kind of actor').choices([
        'country',
        'operator',
        'company',
        'bloc',
      ]),
    )
    .option('--regressions-only', 'only changes that weaken or reverse a commitment')
    .option('--after <id>', 'start after this change id (as the stream sent it), as Last-Event-ID')
    .addOption(
      new Option('--format <format>', 'one line per change, or JSON lines')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText('after', '\nExample:\n  cleannet tail --regressions-only --format json')
    .action(async (options: TailOptions, command: Command) => {
      const { url, token } = command.optsWithGlobals<GlobalOptions>();
      let connected = false;
      let failure: unknown;
      const subscription = subscribeSse({
        baseUrl: url,
        ...(token ? { token } : {}),
        ...(options.after ? { lastEventId: options.after } : {}),
        filter: {
          ...(options.actor ? { actors: [options.actor] } : {}),
          ...(options.kind ? { kinds: [options.kind] } : {}),
          ...(options.regressionsOnly ? { regressionsOnly: true } : {}),
        },
        onConnect: () => (connected = true),
        onResync: (notice) => {
          process.stderr.write(`resync: ${notice.detail} Following from the first change.\n`);
        },
        onDisconnect: (error) => {
          // Unreachable from the start is a mistake to report; a drop later is ridden out.
          if (!connected) {
            failure = new LedgerUnreachableError(url, { cause: error });
            void subscription.stop();
          } else process.stderr.write('connection lost; reconnecting...\n');
        },
        handler: (event) => {
          process.stdout.write(
            `${options.format === 'json' ? JSON.stringify(event) : line(event)}\n`,
          );
        },
      });
      const stop = () => void subscription.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await subscription.closed;
      if (failure) throw failure;
    });
}
