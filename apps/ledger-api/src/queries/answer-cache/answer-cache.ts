import { createHash } from 'node:crypto';
import type { LedgerEvent } from '@cleannet/domain';
import {
  addToSummary,
  emptySummary,
  isEmptySummary,
  mayChange,
  type AnswerScope,
} from './answer-scope.js';

/** A read answer as sent: the serialised body and the headers that go with it. */
export interface CachedAnswer {
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
  readonly contentDisposition?: string;
  /** The route pattern, for the request metrics of answers served from the cache. */
  readonly route: string;
  readonly scope: AnswerScope;
  /** The UTC day it was computed on: defaults such as asOf=today move at midnight. */
  readonly day: string;
}

export interface AnswerCache {
  /** Feeds every applied event, in log order (attach to the engine before it starts). */
  observe(event: LedgerEvent): void;
  /** The answer for this key, if one is cached and no event applied since can have changed it. */
  get(key: string): CachedAnswer | undefined;
  /**
   * Caches an answer computed from the projections as they were at `generation`
   * (read it before computing); an answer computed while events were applied is not kept.
   */
  set(key: string, answer: Omit<CachedAnswer, 'etag' | 'day'>, generation: number): CachedAnswer;
  /** Counts applied events; see `set`. */
  readonly generation: number;
  readonly size: number;
  readonly bytes: number;
}

export function utcDay(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

/**
 * Serialised read answers, bounded in bytes (least recently used out first).
 * Rather than keying answers on the log head (which a steady stream of
 * appends invalidates constantly, and which filled memory with dead
 * versions), each answer keeps the scope it read, and events applied since
 * are checked against it once, on the next lookup: an append placed after a
 * membership query's asOf, or about another actor than a timeline's, leaves
 * the cached answer in place. Lookups run after the applied events they
 * follow, so a read after a 201 never gets an answer without its event.
 */
export function createAnswerCache(options: {
  maxBytes: number;
  clock?: () => number;
}): AnswerCache {
  const clock = options.clock ?? Date.now;
  const entries = new Map<string, CachedAnswer>();
  const knownActors = new Set<string>();
  let pending = emptySummary();
  let generation = 0;
  let bytes = 0;

  function remove(key: string, entry: CachedAnswer): void {
    entries.delete(key);
    bytes -= entry.body.length;
  }

  function settle(): void {
    if (isEmptySummary(pending)) return;
    const summary = pending;
    pending = emptySummary();
    for (const [key, entry] of entries) if (mayChange(entry.scope, summary)) remove(key, entry);
  }

  return {
    observe(event) {
      generation += 1;
      const isNew = !knownActors.has(event.subject);
      if (isNew) knownActors.add(event.subject);
      addToSummary(pending, event, isNew);
    },
    get(key) {
      settle();
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      remove(key, entry);
      if (entry.day !== utcDay(clock())) return undefined;
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      entries.set(key, entry);
      bytes += entry.body.length;
      return entry;
    },
    set(key, answer, computedAt) {
      const entry: CachedAnswer = {
        ...answer,
        etag: `W/"${answer.body.length.toString(16)}-${createHash('sha1').update(answer.body).digest('base64url')}"`,
        day: utcDay(clock()),
      };
      if (computedAt !== generation || answer.body.length > options.maxBytes) return entry;
      settle();
      const previous = entries.get(key);
      if (previous) remove(key, previous);
      entries.set(key, entry);
      bytes += entry.body.length;
      for (const [oldKey, old] of entries) {
        if (bytes <= options.maxBytes) break;
        remove(oldKey, old);
      }
      return entry;
    },
    get generation() {
      return generation;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
