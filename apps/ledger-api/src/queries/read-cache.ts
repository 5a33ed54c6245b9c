/**
 * A small least-recently-used cache for read answers. Callers put the log
 * head (the index size) in the key, so an applied event makes every older
 * entry unreachable instead of stale; they age out as new keys arrive.
 */
export interface ReadCache<V> {
  get(key: string, compute: () => V): V;
  readonly size: number;
}

export function createReadCache<V>(maxEntries: number): ReadCache<V> {
  const entries = new Map<string, V>();
  return {
    get(key, compute) {
      const hit = entries.get(key);
      if (hit !== undefined) {
        // Map keeps insertion order: re-inserting marks the entry most recently used.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const value = compute();
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
