import { Argument, Command, Option } from 'commander';
import type { LedgerClient } from '../../rest/ledger-client.js';
import type { StoredEventResponse } from '../../rest/responses.js';
import { clientFor } from '../context.js';
import { eventsCsv } from '../events-csv.js';
import { parseDay, parseKnownAt } from '../dates.js';
import { writeOutput } from '../output.js';

interface ExportOptions {
  format: 'csv' | 'json';
  out?: string;
  asOf?: string;
  knownAt?: string;
  pageSize: number;
  actor?: string;
}

/** Every event, page by page, telling stderr how far it got. */
async function allEvents(client: LedgerClient, options: ExportOptions) {
  const events: StoredEventResponse[] = [];
  const query = {
    limit: options.pageSize,
    ...(options.knownAt ? { knownAt: options.knownAt } : {}),
    ...(options.actor ? { actor: options.actor } : {}),
  };
  for await (const page of client.allEvents(query)) {
    events.push(...page.events);
    process.stderr.write(
      `\rexported ${events.length} events${page.nextCursor === undefined ? '\n' : '...'}`,
    );
  }
  return events;
}

async function render(what: string, client: LedgerClient, options: ExportOptions): Promise<string> {
  const bitemporal = {
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.knownAt ? { knownAt: options.knownAt } : {}),
  };
  if (what === 'events') {
    const events = await allEvents(client, options);
    return options.format === 'json' ? JSON.stringify(events, null, 2) : eventsCsv(events);
  }
  const path = what === 'membership' ? '/v1/membership' : '/v1/exposure';
  if (options.format === 'csv') return client.csv(path, bitemporal);
  const body =
    what === 'membership' ? await client.membership(bitemporal) : await client.exposure(bitemporal);
  return JSON.stringify(body, null, 2);
}

export function exportCommand(): Command {
  return new Command('export')
    .description('Export the event log, membership or vendor exposure as CSV or JSON')
    .addArgument(
      new Argument('<what>', 'what to export').choices(['events', 'membership', 'exposure']),
    )
    .addOption(
      new Option('--format <format>', 'file format').choices(['csv', 'json']).default('csv'),
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--as-of <day>', 'valid time for membership/exposure (default today)', (v) =>
      parseDay(v, '--as-of'),
    )
    .option('--known-at <time>', 'transaction time (default now)', (v) => parseKnownAt(v))
    .option('--actor <id>', 'events: only this actor')
    .option('--page-size <n>', 'events: page size (1-1000)', (v) => Number(v), 500)
    .addHelpText(
      'after',
      '\nExamples:\n  cleannet export events --format csv --out events.csv\n' +
        '  cleannet export membership --as-of 2021-01-31 --format json',
    )
    .action(async (what: string, options: ExportOptions, command: Command) => {
      const text = await render(what, clientFor(command), options);
      await writeOutput(options.out, text);
      if (options.out) process.stderr.write(`wrote ${options.out}\n`);
    });
}
