/** A change with its place in the change sequence: the SSE event id and the resume cursor. */
export interface SequencedChange<C> {
  readonly sequence: number;
  readonly change: C;
}

/**
 * The ordered sequence of commitment changes derived from the log. It is
 * rebuilt by replay at start-up, so a change keeps its sequence number across
 * restarts and `Last-Event-ID` stays meaningful.
 */
export interface ChangeFeed<C> {
  /** The sequence number of the last change (0 when none). */
  readonly last: number;
  append(changes: readonly C[]): readonly SequencedChange<C>[];
  /** Changes with a sequence number above `sequence`, in order. */
  since(sequence: number): readonly SequencedChange<C>[];
  /** Calls `listener` for every change appended from now on; returns the unsubscribe function. */
  listen(listener: (change: SequencedChange<C>) => void): () => void;
}

export function createChangeFeed<C>(): ChangeFeed<C> {
  const entries: SequencedChange<C>[] = [];
  const listeners = new Set<(change: SequencedChange<C>) => void>();
  return {
    get last() {
      return entries.length;
    },
    append(changes) {
      const start = entries.length;
      const added = changes.map((change, index) => ({ sequence: start + index + 1, change }));
      for (const entry of added) {
        entries.push(entry);
        for (const listener of listeners) listener(entry);
      }
      return added;
    },
    since(sequence) {
      return entries.slice(Math.max(0, Math.min(sequence, entries.length)));
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
