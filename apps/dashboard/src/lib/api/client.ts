import type {
  ActorsAnswer,
  ActorTimeline,
  EventPage,
  Exposure,
  Membership,
  Regressions,
  Trends,
} from './types.ts';

/** An RFC 9457 problem document from the API, or a transport failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

export interface LedgerQuery {
  asOf: string;
  knownAt?: string | null;
}

type Params = Record<string, string | null | undefined>;

export interface ApiClient {
  membership(query: LedgerQuery, signal?: AbortSignal): Promise<Membership>;
  exposure(query: LedgerQuery, vendor?: string, signal?: AbortSignal): Promise<Exposure>;
  trends(
    from: string,
    to: string,
    knownAt?: string | null,
    signal?: AbortSignal,
    vendor?: string,
  ): Promise<Trends>;
  regressions(query: LedgerQuery, signal?: AbortSignal): Promise<Regressions>;
  actors(query: LedgerQuery, signal?: AbortSignal): Promise<ActorsAnswer>;
  timeline(actorId: string, query: LedgerQuery, signal?: AbortSignal): Promise<ActorTimeline>;
  events(
    filter: { kind?: string; actor?: string; knownAt?: string | null },
    signal?: AbortSignal,
  ): Promise<EventPage>;
  /**
   * The id of the newest commitment change (undefined: none yet), where a
   * live stream starts so that it shows what happens from now on. An opaque
   * string: the service's ids are not numbers to compute with.
   */
  changesHead(signal?: AbortSignal): Promise<string | undefined>;
  /** When the ledger recorded its first event (undefined: it holds none yet). */
  firstRecordedAt(signal?: AbortSignal): Promise<string | undefined>;
  /** Forgets cached answers: the ledger has changed (a live update). */
  invalidate(): void;
}

/** Answers for a date are kept for this many URLs, so replays revisit them for free. */
const cachedAnswers = 240;

export function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export function createApiClient(
  doFetch: typeof fetch = fetch.bind(globalThis),
  base = '',
): ApiClient {
  async function get<T>(path: string, params: Params, signal?: AbortSignal): Promise<T> {
    const response = await doFetch(`${base}${path}${queryString(params)}`, {
      headers: { Accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
    if (!response.ok) {
      let title = response.statusText || `HTTP ${response.status}`;
      let detail: string | undefined;
      try {
        const problem = (await response.json()) as { title?: string; detail?: string };
        title = problem.title ?? title;
        detail = problem.detail;
      } catch {
        // Not a problem document; the status line says enough.
      }
      throw new ApiError(response.status, title, detail);
    }
    return (await response.json()) as T;
  }

  // Membership and exposure answers for a date are what a replay asks for
  // again and again, and what `prefetch` asks for ahead of time. They are
  // shared between callers, so no caller's abort cancels the request.
  const cache = new Map<string, Promise<unknown>>();
  function cachedGet<T>(path: string, params: Params): Promise<T> {
    const key = `${path}${queryString(params)}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit as Promise<T>;
    }
    const answer = get<T>(path, params);
    cache.set(key, answer);
    answer.catch(() => cache.delete(key));
    while (cache.size > cachedAnswers) cache.delete(cache.keys().next().value as string);
    return answer;
  }

  const ledger = (query: LedgerQuery) => ({ asOf: query.asOf, knownAt: query.knownAt ?? null });

  return {
    membership: (query) => cachedGet('/v1/membership', ledger(query)),
    exposure: (query, vendor) =>
      cachedGet('/v1/exposure', { ...ledger(query), vendor: vendor ?? null }),
    trends: (from, to, knownAt, signal, vendor) =>
      get('/v1/trends', { from, to, interval: 'month', knownAt: knownAt ?? null, vendor }, signal),
    regressions: (query, signal) => get('/v1/regressions', ledger(query), signal),
    actors: (query, signal) => get('/v1/actors', ledger(query), signal),
    timeline: (actorId, query, signal) =>
      get(`/v1/actors/${encodeURIComponent(actorId)}/timeline`, ledger(query), signal),
    events: (filter, signal) =>
      get(
        '/v1/events',
        { kind: filter.kind, actor: filter.actor, knownAt: filter.knownAt ?? null, limit: '1000' },
        signal,
      ),
    changesHead: async (signal) => {
      // Older services give only the count, whose value was the last id.
      const state = await get<{ changes: number; lastChangeId?: string | null }>(
        '/ops/state',
        {},
        signal,
      );
      if (state.lastChangeId !== undefined) return state.lastChangeId ?? undefined;
      return state.changes > 0 ? String(state.changes) : undefined;
    },
    firstRecordedAt: async (signal) => {
      const page = await get<EventPage>('/v1/events', { limit: '1' }, signal);
      return page.events[0]?.recordedAt;
    },
    invalidate: () => cache.clear(),
  };
}
