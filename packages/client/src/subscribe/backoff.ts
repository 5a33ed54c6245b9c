export interface BackoffOptions {
  /** Delay before the first retry. */
  readonly initialMs?: number;
  readonly maxMs?: number;
  readonly factor?: number;
}

/** Exponential backoff with full jitter, so many clients do not retry in step. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { initialMs = 200, maxMs = 10_000, factor = 2 } = options;
  const ceiling = Math.min(maxMs, initialMs * factor ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** Resolves after `ms`, or early (to false) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
