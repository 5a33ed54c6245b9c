import type { ProposedEvent } from '@cleannet/domain';
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/api.js';
import { LedgerUnreachableError, ProblemError } from './problem-error.js';
import type {
  ActorsResponse,
  EventsPage,
  ExposureResponse,
  MembershipResponse,
  RegressionsResponse,
  StoredEventResponse,
  TimelineResponse,
  TrendsResponse,
} from './responses.js';

type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

/** Every read's query, from the generated OpenAPI types, less `format` (JSON or `csv()`). */
export type MembershipQuery = Omit<QueryOf<'/v1/membership'>, 'format'>;
export type ExposureQuery = Omit<QueryOf<'/v1/exposure'>, 'format'>;
export type TrendsQuery = Omit<QueryOf<'/v1/trends'>, 'format'>;
export type RegressionsQuery = Omit<QueryOf<'/v1/regressions'>, 'format'>;
export type ActorsQuery = Omit<QueryOf<'/v1/actors'>, 'format'>;
export type TimelineQuery = Omit<QueryOf<'/v1/actors/{id}/timeline'>, 'format'>;
export type EventsQuery = Omit<QueryOf<'/v1/events'>, 'format'>;

/** The reads that also answer CSV. */
export type TabularPath =
  | '/v1/membership'
  | '/v1/exposure'
  | '/v1/trends'
  | '/v1/regressions'
  | '/v1/actors'
  | '/v1/events';

export interface LedgerClientOptions {
  /** e.g. http://localhost:3000 */
  readonly baseUrl: string;
  /** Bearer token: needed for writes, and for reads when the service keeps them private. */
  readonly token?: string;
  readonly fetch?: (request: Request) => Promise<Response>;
}

export interface LedgerClient {
  readonly baseUrl: string;
  membership(query?: MembershipQuery): Promise<MembershipResponse>;
  exposure(query?: ExposureQuery): Promise<ExposureResponse>;
  trends(query?: TrendsQuery): Promise<TrendsResponse>;
  regressions(query?: RegressionsQuery): Promise<RegressionsResponse>;
  actors(query?: ActorsQuery): Promise<ActorsResponse>;
  timeline(actorId: string, query?: TimelineQuery): Promise<TimelineResponse>;
  /** One page of the log; pass `nextCursor` back as `cursor` for the next. */
  events(query?: EventsQuery): Promise<EventsPage>;
  /** Every event matching `query`, page by page. */
  allEvents(query?: EventsQuery): AsyncGenerator<EventsPage>;
  /** A tabular read as the service's CSV. */
  csv<P extends TabularPath>(path: P, query?: Omit<QueryOf<P>, 'format'>): Promise<string>;
  /** Appends one event (needs a recorder token); answers the stored envelope. */
  append(event: ProposedEvent): Promise<StoredEventResponse>;
  /** Appends events atomically: all or none. */
  appendBatch(events: readonly ProposedEvent[]): Promise<readonly StoredEventResponse[]>;
}

/** Turns a refused or dropped connection into one error the caller can name. */
function unreachableAsError(baseUrl: string): Middleware {
  return {
    onError({ error }) {
      if (error instanceof ProblemError) return error;
      return new LedgerUnreachableError(baseUrl, { cause: error });
    },
  };
}

async function unwrap<T>(
  result: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await result;
  if (!response.ok) throw ProblemError.from(response.status, response.statusText, error);
  return data as T;
}

/**
 * A typed client for the ledger's REST API. Parameters and problem bodies are
 * typed from the generated OpenAPI types; every read takes `asOf`/`knownAt`.
 */
export function createLedgerClient(options: LedgerClientOptions): LedgerClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const api = createClient<paths>({
    baseUrl,
    headers: {
      accept: 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  api.use(unreachableAsError(baseUrl));

  const client: LedgerClient = {
    baseUrl,
    membership: (query = {}) =>
      unwrap(api.GET('/v1/membership', { params: { query }, parseAs: 'json' })),
    exposure: (query = {}) =>
      unwrap(api.GET('/v1/exposure', { params: { query }, parseAs: 'json' })),
    trends: (query = {}) => unwrap(api.GET('/v1/trends', { params: { query }, parseAs: 'json' })),
    regressions: (query = {}) =>
      unwrap(api.GET('/v1/regressions', { params: { query }, parseAs: 'json' })),
    actors: (query = {}) => unwrap(api.GET('/v1/actors', { params: { query }, parseAs: 'json' })),
    timeline: (actorId, query = {}) =>
      unwrap(
        api.GET('/v1/actors/{id}/timeline', {
          params: { path: { id: actorId }, query },
          parseAs: 'json',
        }),
      ),
    events: (query = {}) => unwrap(api.GET('/v1/events', { params: { query }, parseAs: 'json' })),
    async *allEvents(query = {}) {
      let cursor = query.cursor;
      for (;;) {
        const page = await client.events(cursor === undefined ? query : { ...query, cursor });
        yield page;
        if (page.nextCursor === undefined) return;
        cursor = page.nextCursor;
      }
    },
    csv: (path, query) =>
      unwrap<string>(
        // The path union widens the generated per-path parameter types; each is checked at the call site.
        (api.GET as unknown as (path: string, init: object) => ReturnType<typeof api.GET>)(path, {
          params: { query: { ...query, format: 'csv' } },
          headers: { accept: 'text/csv' },
          parseAs: 'text',
        }),
      ),
    append: (event) => unwrap(api.POST('/v1/events', { body: event, parseAs: 'json' })),
    appendBatch: async (events) => {
      const body = { events: [...events] };
      const stored = await unwrap<{ events: StoredEventResponse[] }>(
        api.POST('/v1/events/batch', { body, parseAs: 'json' }),
      );
      return stored.events;
    },
  };
  return client;
}
