/** Schedules a callback before the next paint (requestAnimationFrame in a browser). */
export type FrameScheduler = (callback: () => void) => void;

export const animationFrame: FrameScheduler = (callback) => {
  requestAnimationFrame(() => callback());
};

export interface FrameBatcher<T> {
  push(item: T): void;
  dispose(): void;
}

/**
 * Collects items that arrive in bursts (live events) and hands them over
 * together once per frame, so a burst costs one chart update, not one each.
 */
export function createFrameBatcher<T>(
  flush: (items: T[]) => void,
  schedule: FrameScheduler = animationFrame,
): FrameBatcher<T> {
  let pending: T[] = [];
  let scheduled = false;
  let disposed = false;

  function run(): void {
    scheduled = false;
    if (disposed || pending.length === 0) return;
    const items = pending;
    pending = [];
    flush(items);
  }

  return {
    push(item) {
      if (disposed) return;
      pending.push(item);
      if (scheduled) return;
      scheduled = true;
      schedule(run);
    },
    dispose() {
      disposed = true;
      pending = [];
    },
  };
}
