import { addMonths, clampDay, type Day } from '../time/day.ts';

/**
 * The replay timeline without a view (as in Our World in Data's Grapher):
 * state, stepping and playback live here, and any number of views (slider,
 * date input, buttons, keyboard) drive it and listen to it.
 */
export interface TimelineState {
  readonly day: Day;
  readonly min: Day;
  readonly max: Day;
  readonly playing: boolean;
}

/** Starts a repeating tick and returns the function that stops it. */
export type Ticker = (tick: () => void, intervalMs: number) => () => void;

export const intervalTicker: Ticker = (tick, intervalMs) => {
  const handle = setInterval(tick, intervalMs);
  return () => clearInterval(handle);
};

export interface TimelineOptions {
  min: Day;
  max: Day;
  initial: Day;
  ticker?: Ticker;
  /** Time between two months during playback. */
  playIntervalMs?: number;
}

export type TimelineListener = (state: TimelineState, previous: TimelineState) => void;

export interface Timeline {
  readonly state: TimelineState;
  subscribe(listener: TimelineListener): () => void;
  setDay(day: Day): void;
  stepMonths(months: number): void;
  toStart(): void;
  toEnd(): void;
  setRange(min: Day, max: Day): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** Applies a slider key (arrows, PageUp/PageDown, Home/End); true if it was one. */
  handleKey(key: string): boolean;
  dispose(): void;
}

const monthsPerPage = 12;

const keySteps: Record<string, number> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: monthsPerPage,
  PageDown: -monthsPerPage,
};

export function createTimeline(options: TimelineOptions): Timeline {
  const ticker = options.ticker ?? intervalTicker;
  const playIntervalMs = options.playIntervalMs ?? 600;
  const listeners = new Set<TimelineListener>();
  let stopTicker: (() => void) | null = null;
  let state: TimelineState = {
    min: options.min,
    max: options.max,
    day: clampDay(options.initial, options.min, options.max),
    playing: false,
  };

  function commit(next: TimelineState): void {
    if (
      next.day === state.day &&
      next.playing === state.playing &&
      next.min === state.min &&
      next.max === state.max
    ) {
      return;
    }
    const previous = state;
    state = next;
    for (const listener of listeners) listener(state, previous);
  }

  function moveTo(day: Day): void {
    commit({ ...state, day: clampDay(day, state.min, state.max) });
  }

  function stopPlayback(): void {
    stopTicker?.();
    stopTicker = null;
  }

  function tick(): void {
    const next = clampDay(addMonths(state.day, 1), state.min, state.max);
    const reachedEnd = next >= state.max;
    if (reachedEnd) stopPlayback();
    commit({ ...state, day: next, playing: !reachedEnd });
  }

  const timeline: Timeline = {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setDay: moveTo,
    stepMonths(months) {
      moveTo(addMonths(state.day, months));
    },
    toStart() {
      moveTo(state.min);
    },
    toEnd() {
      moveTo(state.max);
    },
    setRange(min, max) {
      commit({ ...state, min, max, day: clampDay(state.day, min, max) });
    },
    play() {
      if (state.playing) return;
      // Pressing play at the end replays from the start, as a viewer expects.
      const from = state.day >= state.max ? state.min : state.day;
      stopTicker = ticker(tick, playIntervalMs);
      commit({ ...state, day: from, playing: true });
    },
    pause() {
      stopPlayback();
      commit({ ...state, playing: false });
    },
    togglePlay() {
      if (state.playing) timeline.pause();
      else timeline.play();
    },
    handleKey(key) {
      if (key === 'Home') timeline.toStart();
      else if (key === 'End') timeline.toEnd();
      else if (key in keySteps) timeline.stepMonths(keySteps[key] ?? 0);
      else return false;
      return true;
    },
    dispose() {
      stopPlayback();
      listeners.clear();
    },
  };
  return timeline;
}
