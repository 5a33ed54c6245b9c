import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { startTestApp } from './testing/test-app.js';
it('dumps', async () => {
  const app = await startTestApp();
  const doc = await (await fetch(`${app.url}/openapi.json`)).json();
  writeFileSync('/tmp/openapi.json', JSON.stringify(doc, null, 1));
  writeFileSync('/tmp/asyncapi.yaml', await (await fetch(`${app.url}/asyncapi.yaml`)).text());
  await app.dispose();
});
