/** DI token for the app's DrainState. */
export const DRAIN_STATE = Symbol('DRAIN_STATE');

/**
 * Shared by the HTTP edge and the shutdown hook: once draining, new writes
 * are refused with 503 and readiness fails, while requests already in
 * flight are counted so shutdown can wait for them.
 */
export interface DrainState {
  readonly draining: boolean;
  readonly inFlight: number;
  startDraining(): void;
  requestStarted(): void;
  requestFinished(): void;
  /** Resolves when no request is in flight, or after `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean>;
}

export function createDrainState(): DrainState {
  let draining = false;
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const wake = () => {
    const current = waiters;
    waiters = [];
    for (const resolve of current) resolve();
  };
  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    startDraining() {
      draining = true;
    },
    requestStarted() {
      inFlight += 1;
    },
    requestFinished() {
      inFlight -= 1;
      if (inFlight === 0) wake();
    },
    idle(timeoutMs) {
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}
