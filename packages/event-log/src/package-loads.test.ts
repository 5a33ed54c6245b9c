import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

// vitest resolves CommonJS named imports (kafkajs) more leniently than Node does;
// this loads the built package the way the service will.
describe('the built package', () => {
  it('loads in plain Node and exposes its entry points', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./dist/index.js'); console.log([typeof m.openFileLog, typeof m.openKafkaLog, typeof m.createEventLogFromEnv, typeof m.repairFileLog].join(','))",
      ],
      { cwd: packageRoot, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('function,function,function,function');
  });

  it('runs the repair command as a program', () => {
    const result = spawnSync(process.execPath, ['dist/cli/repair-bin.js'], {
      cwd: packageRoot,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^Usage: cleannet-log-repair/);
  });
});
