// Runs every workspace's test suite through turbo, then prints one line that
// totals them all, so that a run which executed no test can be told from one
// that passed. Exits non-zero when any suite failed or no test ran.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectResults, workspaceDirs } from './test-results.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const dir of workspaceDirs(root))
  rmSync(`${dir}/test-results`, { recursive: true, force: true });

const extra = process.argv.slice(2);
const turbo = spawnSync(
  'npx',
  ['turbo', 'run', 'test', '--continue', '--concurrency=2', ...extra],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  },
);

const { passed, failed, skipped, suitesWithoutReport } = collectResults(root);
for (const name of suitesWithoutReport) console.log(`no test report from ${name}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

const ok = turbo.status === 0 && failed === 0 && passed > 0 && suitesWithoutReport.length === 0;
process.exit(ok ? 0 : 1);
