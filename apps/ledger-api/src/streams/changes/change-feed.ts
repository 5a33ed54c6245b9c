import { GENESIS_DIGEST, chainDigest, formatChangeId, type ChangeKey } from './change-id.js';

/** A change with its id (the SSE event id, the CloudEvent id and the resume cursor). */
export interface FeedEntry<C> {
  readonly id: string;
  /** The log position of the event that caused it. */
  readonly position: number;
  readonly change: C;
}

/** Where a stream resuming after an id starts: an index into the feed, or why it cannot. */
export type ResumePoint =
  | { readonly kind: 'after'; readonly next: number }
  | { readonly kind: 'resync'; readonly reason: ResyncReason; readonly detail: string };

export type ResyncReason = 'unknown-change' | 'ahead-of-ledger' | 'unverifiable-id';

/**
 * The ordered commitment changes derived from the log, each named by a
 * change id (see change-id.ts). It is rebuilt by replay at start-up; an id
 * keeps naming the same change across restarts, and an id whose history this
 * ledger does not have is recognised as such.
 */
export interface ChangeFeed<C> {
  readonly length: number;
  /** The id of the last change (undefined when none). */
  readonly lastId: string | undefined;
  /** The change at `index` (0-based, in feed order). */
  at(index: number): FeedEntry<C> | undefined;
  /** Records the changes of the event applied at `position` (possibly none: the head still moves). */
  append(position: number, changes: readonly C[]): readonly FeedEntry<C>[];
  /** Changes from `index` on, in order. */
  since(index: number): readonly FeedEntry<C>[];
  /** Where to continue after the change `key` names. */
  resumeAfter(key: ChangeKey): ResumePoint;
  /** Calls `listener` for every change appended from now on; returns the unsubscribe function. */
  listen(listener: (entry: FeedEntry<C>) => void): () => void;
}

/** `identify`: the fields that make a change that change, as a string (see `chainDigest`). */
export function createChangeFeed<C>(identify: (change: C) => string): ChangeFeed<C> {
  const entries: FeedEntry<C>[] = [];
  const listeners = new Set<(entry: FeedEntry<C>) => void>();
  let digest = GENESIS_DIGEST;
  /** The position after the last applied event. */
  let head = 0;

  /** The first entry whose position is at least `position` (binary search: positions ascend). */
  function firstAt(position: number): number {
    let low = 0;
    let high = entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (entries[middle]!.position < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  return {
    get length() {
      return entries.length;
    },
    get lastId() {
      return entries.at(-1)?.id;
    },
    at: (index) => entries[index],
    append(position, changes) {
      head = Math.max(head, position + 1);
      const added = changes.map((change, index) => {
        digest = chainDigest(digest, position, index, identify(change));
        return { id: formatChangeId({ position, index, digest }), position, change };
      });
      for (const entry of added) {
        entries.push(entry);
        for (const listener of listeners) listener(entry);
      }
      return added;
    },
    since: (index) => entries.slice(Math.max(0, index)),
    resumeAfter(key) {
      if (key.position >= head) {
        return {
          kind: 'resync',
          reason: 'ahead-of-ledger',
          detail: `Change ${formatChangeId(key)} lies beyond this ledger's head (log position ${head}).`,
        };
      }
      const at = firstAt(key.position) + key.index;
      const entry = entries[at];
      if (entry?.position === key.position && entry.id === formatChangeId(key)) {
        return { kind: 'after', next: at + 1 };
      }
      return {
        kind: 'resync',
        reason: 'unknown-change',
        detail: `Change ${formatChangeId(key)} is not in this ledger's history (the log was repaired, or the id comes from another ledger).`,
      };
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
