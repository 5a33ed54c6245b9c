// The dashboard's first-page JavaScript, gzipped, against the budget
// of 300 KB. "First page" is what index.html loads before anything is
// clicked: its entry script and every chunk it preloads or imports
// statically. Chunks loaded on demand (the world map with its 50m atlas) are
// listed apart. Needs a built dashboard (`npm run build -w @cleannet/dashboard`).
// Run: `cd test && npx tsx bench/dashboard-bundle.bench.ts`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'dashboard', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const kb = (bytes: number) => bytes / 1024;
const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Static imports of a chunk (`import ... from "./x.js"` or `import "./x.js"`), not `import()`. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = new Set<string>();
  for (const match of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
  )) {
    found.add(join(dirname(file), match[1] ?? ''));
  }
  return [...found];
}

const entries = [
  ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g),
].map((match) => match[1] ?? '');
const firstPage = new Set<string>();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift() ?? '';
  if (firstPage.has(file)) continue;
  firstPage.add(file);
  queue.push(...staticImports(file));
}
const lazy = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`)
  .filter((file) => !firstPage.has(file));

const rows = [
  ...[...firstPage].map((file) => ({
    chunk: file,
    loaded: 'first page',
    gzipKB: kb(gzipped(file)),
  })),
  ...lazy.map((file) => ({ chunk: file, loaded: 'on demand', gzipKB: kb(gzipped(file)) })),
];
console.table(rows.map((row) => ({ ...row, gzipKB: row.gzipKB.toFixed(1) })));
const total = rows
  .filter((row) => row.loaded === 'first page')
  .reduce((sum, row) => sum + row.gzipKB, 0);
console.log(`first-page JavaScript: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (entries.length === 0) throw new Error('index.html loads no script: is the dashboard built?');
if (total > BUDGET_KB) {
  console.error('over budget');
  process.exit(1);
}
