import { curatedHistory } from '@cleannet/dataset';
import { describe, expect, it } from 'vitest';
import { pledge } from '../testing/sample-events.js';
import { postJson, startTestApp } from '../testing/test-app.js';

async function allEvents(url: string): Promise<Array<{ id: string; position: number }>> {
  const events: Array<{ id: string; position: number }> = [];
  let cursor: number | undefined;
  do {
    const page = (await (
      await fetch(`${url}/v1/events?limit=1000${cursor === undefined ? '' : `&cursor=${cursor}`}`)
    ).json()) as {
      events: Array<{ id: string; position: number }>;
      nextCursor?: number;
    };
    events.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return events;
}

describe('start-up', () => {
  it('imports the curated dataset once; a restart imports nothing and rebuilds the same state', async () => {
    const first = await startTestApp({ LEDGER_IMPORT_DATASET: 'true' });
    try {
      const imported = await allEvents(first.url);
      expect(imported.map((event) => event.id)).toEqual(curatedHistory.map((event) => event.id));
      await postJson(first, '/v1/events', pledge('NZ', 'startup-nz'));
      const membership = await (await fetch(`${first.url}/v1/membership?asOf=2021-06-30`)).text();
      await first.stop();

      const second = await startTestApp({ LEDGER_IMPORT_DATASET: 'true' }, first.dataDir);
      try {
        expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
        const after = await allEvents(second.url);
        expect(after).toHaveLength(imported.length + 1);
        expect(new Set(after.map((event) => event.id)).size).toBe(after.length);
        expect(await (await fetch(`${second.url}/v1/membership?asOf=2021-06-30`)).text()).toBe(
          membership,
        );
      } finally {
        await second.stop();
      }
    } finally {
      await first.dispose();
    }
  });
});
