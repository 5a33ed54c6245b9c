// Compiled with the package (tsc --noEmit) so docs/subscribing.md cannot drift from the API.
import { readFile, writeFile } from 'node:fs/promises';
import { subscribeSse } from '../index.js';

export async function followChangesOverSse(cursorFile: string): Promise<void> {
  const stored = await readFile(cursorFile, 'utf8').catch(() => undefined);
  const subscription = subscribeSse({
    baseUrl: 'http://localhost:3000',
    ...(stored ? { lastEventId: stored.trim() } : {}),
    filter: { actors: ['BR'] },
    onCursor: (lastEventId) => writeFile(cursorFile, lastEventId),
    // The cursor names no change of the service's history: start over from the first change.
    onResync: (notice) => console.warn('resync:', notice.detail),
    handler: (event) => console.log(event.id, event.data.after),
  });
  await subscription.closed;
}
