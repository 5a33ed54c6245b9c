import { Command, Option } from 'commander';
import { clientFor } from '../context.js';
import { parseDay, parseKnownAt } from '../dates.js';
import { percent, table, writeOutput } from '../output.js';

export function stateCommand(): Command {
  return new Command('state')
    .description('Who was committed on a date, as the ledger knew it at another')
    .requiredOption('--as-of <day>', 'valid time, YYYY-MM-DD', (v) => parseDay(v, '--as-of'))
    .option('--known-at <time>', 'transaction time: YYYY-MM-DD or ISO 8601 (default now)', (v) =>
      parseKnownAt(v),
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .addHelpText('after', '\nExample:\n  cleannet state --as-of 2021-01-31 --known-at 2021-06-30')
    .action(
      async (options: { asOf: string; knownAt?: string; format: string }, command: Command) => {
        const membership = await clientFor(command).membership({
          asOf: options.asOf,
          ...(options.knownAt ? { knownAt: options.knownAt } : {}),
        });
        if (options.format === 'json')
          return writeOutput(undefined, JSON.stringify(membership, null, 2));
        const { counts } = membership;
        const heading =
          `As of ${membership.asOf}${membership.knownAt ? `, known at ${membership.knownAt}` : ''}: ` +
          `${counts.total} committed (${counts.country} countries, ${counts.operator} operators, ` +
          `${counts.company} companies, ${counts.bloc} blocs); GDP share ${percent(membership.gdp.share)}`;
        const rows = membership.committed.map((actor) => [
          String(actor.ordinal),
          actor.actorId,
          actor.name ?? '',
          actor.kind,
          actor.status,
          actor.joined,
        ]);
        await writeOutput(
          undefined,
          `${heading}\n\n${table(['#', 'actor', 'name', 'kind', 'status', 'joined'], rows)}`,
        );
      },
    );
}
