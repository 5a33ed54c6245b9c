import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Workspace folders that may hold a test suite. */
export function workspaceDirs(root) {
  const dirs = [join(root, 'test')];
  for (const parent of ['apps', 'packages']) {
    const base = join(root, parent);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) dirs.push(join(base, name));
  }
  return dirs.filter((dir) => existsSync(join(dir, 'package.json')));
}

/** Totals the vitest JSON reports that the suites wrote. */
export function collectResults(root) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const suitesWithoutReport = [];
  for (const dir of workspaceDirs(root)) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!pkg.scripts?.test) continue;
    const report = join(dir, 'test-results', 'vitest.json');
    if (!existsSync(report)) {
      suitesWithoutReport.push(pkg.name);
      continue;
    }
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += (json.numFailedTests ?? 0) + countFilesThatFailedToLoad(json);
    skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  }
  return { passed, failed, skipped, suitesWithoutReport };
}

/** A test file that throws while loading runs no test but must still count as a failure. */
function countFilesThatFailedToLoad(json) {
  return (json.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
}
