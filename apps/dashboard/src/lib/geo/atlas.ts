import type { Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';

let loading: Promise<Topology> | undefined;

/**
 * The 50m world atlas (so Malta and Singapore have shapes), a hashed JSON
 * asset rather than a JavaScript literal: JSON parses faster than the same
 * object as code, it stays cached when the code changes, and it is fetched
 * at the same time as the map's code rather than after it.
 */
export function loadAtlas(): Promise<Topology> {
  loading ??= fetchAtlas();
  return loading;
}

async function fetchAtlas(): Promise<Topology> {
  try {
    const response = await fetch(atlasUrl);
    if (!response.ok) throw new Error(`the atlas answered ${response.status}`);
    return (await response.json()) as Topology;
  } catch (error) {
    // A failed fetch is not kept: the next map asks again.
    loading = undefined;
    throw error;
  }
}

/**
 * Starts fetching the map's code and atlas (both kept once loaded), so that
 * they travel while the map's answers are still being asked for.
 */
export function prefetchMap(): void {
  void import('./world.ts').catch(() => undefined);
  void loadAtlas().catch(() => undefined);
}
