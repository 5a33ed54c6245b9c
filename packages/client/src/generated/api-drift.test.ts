import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOCUMENT_PUBLIC_URL,
  fetchOpenApiDocument,
  generateApiTypes,
} from '../../codegen/api-types.js';
import { startTestLedger, type TestLedger } from '../testing/ledger-app.js';

let ledger: TestLedger;
beforeAll(async () => {
  ledger = await startTestLedger({ LEDGER_PUBLIC_URL: DOCUMENT_PUBLIC_URL });
});
afterAll(() => ledger.stop());

describe('src/generated/api.ts', () => {
  it('matches the types generated from the current service OpenAPI document', async () => {
    const regenerated = await generateApiTypes(await fetchOpenApiDocument(ledger.url));
    const committed = await readFile(new URL('./api.ts', import.meta.url), 'utf8');
    // On failure: npm run generate:api -w @cleannet/client, then review the diff.
    expect(committed).toBe(regenerated);
  });
});
