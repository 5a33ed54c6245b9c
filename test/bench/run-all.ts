// Runs every `*.bench.ts` beside this file, one after another in its own
// process so that one benchmark's heap and JIT state do not colour the next.
// `npm run bench -- <filter>` runs only the benchmarks whose file name
// contains the filter.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`);
  const run = spawnSync('npx', ['tsx', join(here, bench)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
if (benches.length === 0) console.log(`no benchmark matches "${filter}"`);
process.exit(failed === 0 ? 0 : 1);
