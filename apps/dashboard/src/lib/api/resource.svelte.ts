/**
 * An API answer that follows its inputs: when `key` changes the previous
 * request is aborted and a new one made, and the last answer stays on screen
 * until the new one arrives (so a replay does not flicker). Call it while a
 * component initialises.
 */
export interface Resource<T> {
  readonly value: T | undefined;
  readonly error: Error | null;
  readonly loading: boolean;
}

export function createResource<K, T>(
  key: () => K | null,
  load: (key: K, signal: AbortSignal) => Promise<T>,
): Resource<T> {
  let value = $state.raw<T | undefined>(undefined);
  let error = $state.raw<Error | null>(null);
  let loading = $state(false);

  // Keys are compared by value: a view change that leaves this key as it was
  // (a replay step, for a query that does not depend on the date) must not
  // send the request again.
  const serialised = $derived(JSON.stringify(key()));

  $effect(() => {
    const current = JSON.parse(serialised) as K | null;
    if (current === null) return;
    const controller = new AbortController();
    loading = true;
    load(current, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        value = answer;
        error = null;
        loading = false;
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        error = failure instanceof Error ? failure : new Error(String(failure));
        loading = false;
      },
    );
    return () => controller.abort();
  });

  return {
    get value() {
      return value;
    },
    get error() {
      return error;
    },
    get loading() {
      return loading;
    },
  };
}
