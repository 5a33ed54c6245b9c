import { LogLocked } from '../errors.js';
import { repairFileLog, type RepairReport } from '../file/repair.js';

export const repairUsage = `Usage: cleannet-log-repair <log-file> [--dry-run] [--json]

Makes a damaged embedded ledger log openable again. Damaged regions and a torn
tail are moved byte for byte into <log-file>.quarantine-<time> (with a .json
manifest); every intact record stays, at its position. Stop the service first.`;

/** The repair command without process globals, so it can be tested: returns the exit code. */
export async function runRepairCommand(
  args: readonly string[],
  print: (line: string) => void,
): Promise<number> {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const paths = args.filter((arg) => !arg.startsWith('--'));
  const unknown = [...flags].filter((flag) => !['--dry-run', '--json', '--help'].includes(flag));
  if (flags.has('--help')) {
    print(repairUsage);
    return 0;
  }
  if (paths.length !== 1 || unknown.length > 0) {
    print(repairUsage);
    return 2;
  }
  try {
    const report = await repairFileLog(paths[0]!, { dryRun: flags.has('--dry-run') });
    if (flags.has('--json')) print(JSON.stringify(report, null, 2));
    else for (const line of describeReport(report, flags.has('--dry-run'))) print(line);
    return 0;
  } catch (error) {
    print(error instanceof LogLocked ? error.message : `Repair failed: ${String(error)}`);
    return 1;
  }
}

function describeReport(report: RepairReport, dryRun: boolean): string[] {
  if (report.regions.length === 0) {
    return [`${report.path}: intact (${report.intactRecords} records); nothing to repair.`];
  }
  const lines = report.regions.map(
    (region) =>
      `  bytes ${region.byteOffset}..${region.byteOffset + region.byteLength - 1} ` +
      `(${region.byteLength} bytes, ${region.reason}) ` +
      `between position ${region.afterPosition ?? 'start'} and ${region.beforePosition ?? 'end'}`,
  );
  return [
    dryRun
      ? `${report.path}: would quarantine ${report.regions.length} damaged region(s), keeping ${report.intactRecords} intact records:`
      : `${report.path}: quarantined ${report.regions.length} damaged region(s), kept ${report.intactRecords} intact records:`,
    ...lines,
    ...(dryRun
      ? []
      : [`Damaged bytes: ${report.quarantineFile}`, `Manifest: ${report.manifestFile}`]),
  ];
}
