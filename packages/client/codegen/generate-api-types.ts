import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { fetchOpenApiDocument, generateApiTypes } from './api-types.js';
import { startLedgerForDocument } from './ledger-service.js';

/**
 * Regenerates src/generated/api.ts. With a URL argument it reads that running
 * service; without one it starts the built service in-process.
 */
const target = fileURLToPath(new URL('../src/generated/api.ts', import.meta.url));
const url = process.argv[2];
const ledger = url ? undefined : await startLedgerForDocument();
try {
  const document = await fetchOpenApiDocument(url ?? ledger!.url);
  await writeFile(target, await generateApiTypes(document));
  process.stdout.write(`wrote ${target}\n`);
} finally {
  await ledger?.stop();
}
