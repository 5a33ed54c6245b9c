import { Command, Option } from 'commander';
import { clientFor } from '../context.js';
import { parseDay, parseKnownAt } from '../dates.js';
import { UsageError } from '../cli-errors.js';
import { diffLedger, type LedgerDiff } from '../membership-diff.js';
import { table, writeOutput } from '../output.js';

function describeDiff(diff: LedgerDiff): string {
  const actors = (list: LedgerDiff['joined']) =>
    list.length === 0
      ? '  (none)'
      : list
          .map(
            (actor) => `  ${actor.actorId}${actor.name ? ` ${actor.name}` : ''} (${actor.status})`,
          )
          .join('\n');
  const statuses =
    diff.statusChanged.length === 0
      ? '  (none)'
      : diff.statusChanged.map((c) => `  ${c.actorId}: ${c.before} -> ${c.after}`).join('\n');
  const markets =
    diff.markets.length === 0
      ? '  (none)'
      : table(
          ['vendor', 'market', 'before', 'after'],
          diff.markets.map((m) => [m.vendorId, m.country, m.before, m.after]),
        )
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n');
  return [
    `From ${diff.from} to ${diff.to}`,
    `Joined (${diff.joined.length}):`,
    actors(diff.joined),
    `Left (${diff.left.length}):`,
    actors(diff.left),
    `Status changed (${diff.statusChanged.length}):`,
    statuses,
    `Measures changed, by vendor and market (${diff.markets.length}):`,
    markets,
  ].join('\n');
}

export function diffCommand(): Command {
  return new Command('diff')
    .description('What changed between two dates: who joined, who left, which measures changed')
    .requiredOption('--from <day>', 'earlier date, YYYY-MM-DD', (v) => parseDay(v, '--from'))
    .requiredOption('--to <day>', 'later date, YYYY-MM-DD', (v) => parseDay(v, '--to'))
    .option('--known-at <time>', 'transaction time for both dates (default now)', (v) =>
      parseKnownAt(v),
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .addHelpText('after', '\nExample:\n  cleannet diff --from 2020-12-31 --to 2021-12-31')
    .action(
      async (
        options: { from: string; to: string; knownAt?: string; format: string },
        command: Command,
      ) => {
        if (options.to < options.from) throw new UsageError('--to must not be before --from.');
        const client = clientFor(command);
        const knownAt = options.knownAt ? { knownAt: options.knownAt } : {};
        const at = async (asOf: string) => {
          const [membership, exposure] = await Promise.all([
            client.membership({ asOf, ...knownAt }),
            client.exposure({ asOf, ...knownAt }),
          ]);
          return { membership, exposure };
        };
        const diff = diffLedger(await at(options.from), await at(options.to));
        await writeOutput(
          undefined,
          options.format === 'json' ? JSON.stringify(diff, null, 2) : describeDiff(diff),
        );
      },
    );
}
