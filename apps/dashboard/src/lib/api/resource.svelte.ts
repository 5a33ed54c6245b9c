/**
 * An API answer that follows its query. Every answer is kept with the query
 * it answers, so a panel can never show one query's answer under another's
 * heading: `value` and `error` are those of the current query only, and
 * `latest` (the newest answer of any query, with that query) is for panels
 * that would rather show the previous date's figures, labelled as such,
 * while the next date loads. When the query changes the previous request is
 * aborted. `freshness` re-asks the same query (the ledger changed) without
 * dropping its answer meanwhile. Call it while a component initialises.
 */
export interface Answer<K, T> {
  readonly query: K;
  readonly value: T;
}

export interface Resource<K, T> {
  /** The answer to the current query; undefined while it is pending or failed. */
  readonly value: T | undefined;
  /** The newest answer received, with the query it answers (possibly not the current one). */
  readonly latest: Answer<K, T> | undefined;
  /** Why the current query failed; null when it did not. */
  readonly error: Error | null;
  /** A request for the current query is under way. */
  readonly loading: boolean;
  /** The query on screen now (null: nothing to ask). */
  readonly query: K | null;
  /** Asks the current query again (after a failure). */
  retry(): void;
}

interface Keyed<V> {
  readonly key: string;
  readonly value: V;
}

export function createResource<K, T>(
  key: () => K | null,
  load: (key: K, signal: AbortSignal) => Promise<T>,
  freshness: () => unknown = () => 0,
): Resource<K, T> {
  let answer = $state.raw<Keyed<Answer<K, T>> | null>(null);
  let failure = $state.raw<Keyed<Error> | null>(null);
  let pending = $state<string | null>(null);
  let attempt = $state(0);

  // Queries are compared by value: a view change that leaves this query as
  // it was (a replay step, for a query that does not depend on the date)
  // must not send the request again.
  const serialised = $derived(JSON.stringify(key()));

  $effect(() => {
    const current = serialised;
    void freshness();
    void attempt;
    const query = JSON.parse(current) as K | null;
    if (query === null) return;
    const controller = new AbortController();
    pending = current;
    load(query, controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        answer = { key: current, value: { query, value } };
        failure = null;
        pending = null;
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        failure = {
          key: current,
          value: reason instanceof Error ? reason : new Error(String(reason)),
        };
        pending = null;
      },
    );
    return () => {
      controller.abort();
      if (pending === current) pending = null;
    };
  });

  return {
    get value() {
      return answer?.key === serialised ? answer.value.value : undefined;
    },
    get latest() {
      return answer?.value;
    },
    get error() {
      return failure?.key === serialised ? failure.value : null;
    },
    get loading() {
      return pending === serialised;
    },
    get query() {
      return JSON.parse(serialised) as K | null;
    },
    retry() {
      attempt += 1;
    },
  };
}
