import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefreshGate } from './refreshGate.ts';

describe('refresh gate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('given a burst of 110 changes, when it settles, then the views refresh once', () => {
    const refresh = vi.fn();
    const gate = createRefreshGate(refresh, { settleMs: 100, minIntervalMs: 1000 });
    for (let change = 0; change < 110; change += 1) gate.notify();
    vi.advanceTimersByTime(99);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('given a steady stream of changes, then refreshes come at most once per interval', () => {
    const refresh = vi.fn();
    const gate = createRefreshGate(refresh, { settleMs: 100, minIntervalMs: 1000 });
    for (let ms = 0; ms < 3000; ms += 50) {
      gate.notify();
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(1000);
    // at 100 ms, 1100 ms, 2100 ms and one trailing refresh for the last changes
    expect(refresh).toHaveBeenCalledTimes(4);
  });

  it('given a disposed gate, then a pending refresh never runs', () => {
    const refresh = vi.fn();
    const gate = createRefreshGate(refresh);
    gate.notify();
    gate.dispose();
    vi.advanceTimersByTime(5000);
    expect(refresh).not.toHaveBeenCalled();
  });
});
