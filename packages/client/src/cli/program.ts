import { Command, CommanderError } from 'commander';
import { describeFailure, EXIT } from './cli-errors.js';
import { diffCommand } from './commands/diff.js';
import { exportCommand } from './commands/export.js';
import { stateCommand } from './commands/state.js';
import { tailCommand } from './commands/tail.js';
import { watchRegressionsCommand } from './commands/watch-regressions.js';

export function buildProgram(env: NodeJS.ProcessEnv = process.env): Command {
  const program = new Command('cleannet')
    .description('Replay, compare, export and follow the Clean Network Ledger')
    .option(
      '--url <url>',
      'the ledger service (or CLEANNET_URL)',
      env.CLEANNET_URL ?? 'http://localhost:3000',
    )
    .option(
      '--token <token>',
      'bearer token, when reads are private (or CLEANNET_TOKEN)',
      env.CLEANNET_TOKEN,
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of [
    stateCommand(),
    diffCommand(),
    exportCommand(),
    tailCommand(),
    watchRegressionsCommand(),
  ]) {
    program.addCommand(command.exitOverride());
  }
  return program;
}

/** Runs the CLI; answers the exit code instead of exiting, so tests can call it too. */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  try {
    await buildProgram(env).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    // Commander has already printed usage errors and help; it only tells us how it ended.
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { message, exitCode } = describeFailure(error);
    process.stderr.write(`cleannet: ${message}\n`);
    return exitCode;
  }
}
