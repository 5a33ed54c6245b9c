import type { Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';

/**
 * The 50m world atlas (so Malta and Singapore have shapes), a hashed JSON
 * asset rather than a JavaScript literal: JSON parses faster than the same
 * object as code, it stays cached when the code changes, and it is fetched
 * at the same time as the map's code rather than after it.
 */
export async function loadAtlas(): Promise<Topology> {
  const response = await fetch(atlasUrl);
  if (!response.ok) throw new Error(`the atlas answered ${response.status}`);
  return (await response.json()) as Topology;
}
