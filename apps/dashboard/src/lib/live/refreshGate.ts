/**
 * Turns a burst of live changes into one refresh of the views. The first
 * change waits `settleMs` for the rest of its burst; after a refresh, the
 * next comes no sooner than `minIntervalMs`, so a steady stream of changes
 * refreshes each panel about once a second instead of cancelling its
 * request again and again.
 */
export interface RefreshGate {
  /** The ledger changed: refresh soon. */
  notify(): void;
  dispose(): void;
}

export interface RefreshGateOptions {
  settleMs?: number;
  minIntervalMs?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createRefreshGate(
  refresh: () => void,
  options: RefreshGateOptions = {},
): RefreshGate {
  const settleMs = options.settleMs ?? 100;
  const minIntervalMs = options.minIntervalMs ?? 1000;
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let lastRun = -Infinity;

  return {
    notify() {
      if (timer !== null) return;
      const wait = Math.max(settleMs, lastRun + minIntervalMs - now());
      timer = setTimer(() => {
        timer = null;
        lastRun = now();
        refresh();
      }, wait);
    },
    dispose() {
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
