// `npm start`: builds what the service needs (turbo, quiet unless it fails),
// then runs the service as this process's one child and passes SIGINT and
// SIGTERM on to it, so that stopping `npm start` stops the service too (a
// shell `build && npm run serve` chain leaves it orphaned; the script `exec`s
// this file so that npm's forwarded signal reaches it, not a shell). Exits with the
// service's exit code. Extra arguments go to the service's node process.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = fileURLToPath(new URL('../apps/ledger-api/dist/main.js', import.meta.url));
const turboEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

const build = spawnSync(
  'npx',
  [
    'turbo',
    'run',
    'build',
    '--filter=@cleannet/ledger-api...',
    '--filter=@cleannet/dashboard...',
    '--output-logs=errors-only',
  ],
  { cwd: root, env: turboEnv, encoding: 'utf8' },
);
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
  process.stderr.write(
    `start: the build failed${build.error ? ` (${build.error.message})` : ''}\n`,
  );
  process.exit(build.status ?? 1);
}

// Its own process group, so that a Ctrl-C in the terminal reaches it only
// through this launcher.
const service = spawn(process.execPath, [...process.argv.slice(2), main], {
  cwd: root,
  stdio: 'inherit',
  detached: true,
});
// Passed on once: a Ctrl-C reaches this process both from the terminal and from
// npm, and a second signal during Nest's shutdown would cut it short.
let passedOn = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!passedOn) service.kill(signal);
    passedOn = true;
  });
}
service.on('exit', (code, signal) => {
  // Die of the same signal, so a supervisor sees how the service ended.
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
