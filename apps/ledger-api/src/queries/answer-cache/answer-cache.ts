import { randomBytes } from 'node:crypto';
import type { LedgerEvent } from '@cleannet/domain';
import { appliedEvent, type AnswerScope } from './answer-scope.js';
import { createChangeJournal } from './change-journal.js';

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
  /**
   * Feeds every applied event, in log order (attach to the engine before it
   * starts), with whether it changed any state (`effectOf`; true when unknown).
   */
  observe(event: LedgerEvent, statesChanged?: boolean): void;
  /** The answer for this key, if one is cached and no event applied since can have changed it. */
  get(key: string): CachedAnswer | undefined;
  /**
   * Caches an answer computed from the projections as they were at `generation`
   * (read it before computing): it is checked against every event applied since.
   */
  set(key: string, answer: Omit<CachedAnswer, 'etag' | 'day'>, generation: number): CachedAnswer;
  /**
   * Registers an answer being computed from the projections as they were at
   * `generation`, so that requests for the same key can share it (`shared`).
   */
  computing(key: string, generation: number, answer: Promise<CachedAnswer>): void;
  /**
   * The answer being computed for this key, if no event applied since its
   * computation started can have changed an answer of this scope: a request
   * arriving meanwhile may wait for it rather than compute the same bytes again.
   */
  shared(key: string, scope: AnswerScope): Promise<CachedAnswer> | undefined;
  /** Counts applied events; see `set`. */
  readonly generation: number;
  readonly size: number;
  readonly bytes: number;
  readonly hits: number;
  readonly misses: number;
}

export function utcDay(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

interface Entry {
  readonly answer: CachedAnswer;
  /** The generation up to which the applied events have been checked against it. */
  checkedUntil: number;
}

/** Applied events remembered for checking entries; an entry checked longer ago is dropped. */
const JOURNAL_EVENTS = 65_536;
const DAY_MS = 86_400_000;

/**
 * Serialised read answers, bounded in bytes (least recently used out first).
 * Rather than keying answers on the log head (which a steady stream of
 * appends invalidates constantly, and which filled memory with dead
 * versions), each answer keeps the scope it read. A lookup checks the
 * events applied since the entry was last checked against that scope (a
 * handful for an answer read often): an append placed after a membership
 * query's asOf, or about another actor than a timeline's, leaves the answer
 * in place. Events are observed synchronously as the projections apply
 * them, before the 201 of their append is sent, so a read after a 201
 * never gets an answer without its event.
 */
export function createAnswerCache(options: {
  maxBytes: number;
  clock?: () => number;
}): AnswerCache {
  const clock = options.clock ?? Date.now;
  // Validators are unique per stored answer; the instance part keeps them unique across restarts.
  const instance = randomBytes(6).toString('base64url');
  let stored = 0;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<
    string,
    { readonly generation: number; readonly answer: Promise<CachedAnswer> }
  >();
  const knownActors = new Set<string>();
  const journal = createChangeJournal({ keep: JOURNAL_EVENTS });
  // Today's UTC day, formatted once per day rather than on every check.
  let today = { day: '', until: Number.NEGATIVE_INFINITY };
  function currentDay(): string {
    const now = clock();
    if (now >= today.until || now < today.until - DAY_MS) {
      today = { day: utcDay(now), until: (Math.floor(now / DAY_MS) + 1) * DAY_MS };
    }
    return today.day;
  }
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  function remove(key: string, entry: Entry): void {
    entries.delete(key);
    bytes -= entry.answer.body.length;
  }

  function stillValid(entry: Entry): boolean {
    if (entry.checkedUntil < journal.start) return false;
    if (journal.mayChangeSince(entry.answer.scope, entry.checkedUntil)) return false;
    entry.checkedUntil = journal.end;
    return entry.answer.day === currentDay();
  }

  /**
   * Within the byte bound again: first every answer an applied event may
   * have changed (dead weight, most of the cache under a steady stream of
   * appends spread over dates; one sweep usually frees room for many
   * answers), then live ones, least recently used first.
   */
  function makeRoom(): void {
    for (const [key, entry] of entries) {
      if (!stillValid(entry)) remove(key, entry);
    }
    for (const [key, entry] of entries) {
      if (bytes <= options.maxBytes) break;
      remove(key, entry);
    }
  }

  return {
    observe(event, statesChanged) {
      const isNew = !knownActors.has(event.subject);
      if (isNew) knownActors.add(event.subject);
      journal.push(appliedEvent(event, isNew, statesChanged));
    },
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined || !stillValid(entry)) {
        if (entry) remove(key, entry);
        misses += 1;
        return undefined;
      }
      hits += 1;
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return entry.answer;
    },
    set(key, fields, computedAt) {
      stored += 1;
      const answer: CachedAnswer = {
        ...fields,
        etag: `W/"${instance}-${stored.toString(36)}"`,
        day: currentDay(),
      };
      // Computed before the oldest journaled event: it can no longer be checked.
      if (computedAt < journal.start || fields.body.length > options.maxBytes) return answer;
      const previous = entries.get(key);
      if (previous) remove(key, previous);
      entries.set(key, { answer, checkedUntil: computedAt });
      bytes += fields.body.length;
      if (bytes > options.maxBytes) makeRoom();
      return answer;
    },
    computing(key, computedAt, answer) {
      const entry = { generation: computedAt, answer };
      inFlight.set(key, entry);
      const done = () => {
        if (inFlight.get(key) === entry) inFlight.delete(key);
      };
      answer.then(done, done);
    },
    shared(key, scope) {
      const pending = inFlight.get(key);
      if (pending === undefined || pending.generation < journal.start) return undefined;
      return journal.mayChangeSince(scope, pending.generation) ? undefined : pending.answer;
    },
    get generation() {
      return journal.end;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}
