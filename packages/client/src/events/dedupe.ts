/**
 * Remembers the ids of the last `capacity` events seen, so a handler can drop
 * redeliveries (at-least-once delivery repeats what came after the last
 * committed offset or Last-Event-ID). In memory: a subscriber that must skip
 * duplicates across restarts keeps its own record of ids, next to its output.
 */
export interface Deduplicator {
  /** True the first time an id is seen (within the window), false after. */
  firstSighting(id: string): boolean;
  readonly size: number;
}

export function createDeduplicator(capacity = 10_000): Deduplicator {
  // A Set iterates in insertion order, so its first entry is the oldest.
  const seen = new Set<string>();
  return {
    firstSighting(id) {
      if (seen.has(id)) return false;
      seen.add(id);
      if (seen.size > capacity) seen.delete(seen.values().next().value!);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
