import { createTimeline, type Ticker, type Timeline } from '../timeline/controller.ts';
import { createHistorySync, type HistoryWindow } from '../url/historySync.ts';
import {
  readViewState,
  type RejectedParam,
  type ViewDefaults,
  type ViewState,
} from '../url/viewState.ts';
import type { Day } from '../time/day.ts';

/** Trend charts and the replay start here: the year before the Clean Network. */
export const replayStart: Day = '2018-01-01';

export interface AppState {
  readonly view: ViewState;
  readonly timeline: Timeline;
  readonly defaults: ViewDefaults;
  /** Values in the opening address that could not be used (the address has been corrected). */
  readonly rejected: readonly RejectedParam[];
  dismissRejected(): void;
  /** A deliberate change of view: a new history entry. */
  navigate(patch: Partial<ViewState>): void;
  dispose(): void;
}

/**
 * Ties the three places a view lives together: the timeline (date), the
 * address bar (everything, only non-defaults), and the reactive view the
 * components read. Back/Forward and replay both flow through here.
 */
export function createAppState(win: HistoryWindow, today: Day, ticker?: Ticker): AppState {
  const defaults: ViewDefaults = { date: today, vendor: 'vendor:huawei' };
  let fromHistory = false;
  const history = createHistorySync(
    win,
    () => defaults,
    (next) => {
      fromHistory = true;
      view = next;
      timeline.setDay(next.date);
      fromHistory = false;
    },
  );
  // A bad value in a shared link is replaced by its default, and the
  // address rewritten, so what the page shows and what it says agree.
  const opened = readViewState(win.location.search, defaults, { min: replayStart, max: today });
  const initial = opened.view;
  let rejected = $state.raw<readonly RejectedParam[]>(opened.rejected);
  if (rejected.length > 0) history.replace(initial);
  const timeline = createTimeline({
    min: replayStart,
    max: today,
    initial: initial.date,
    ...(ticker ? { ticker } : {}),
  });
  let view = $state.raw<ViewState>({ ...initial, date: timeline.state.day });

  const stopListening = timeline.subscribe((state) => {
    if (state.day === view.date) return;
    view = { ...view, date: state.day };
    if (fromHistory) return;
    // Each month of a replay is not worth a Back press; where it stops is.
    if (state.playing) history.replace(view);
    else history.push(view);
  });

  return {
    get view() {
      return view;
    },
    timeline,
    defaults,
    get rejected() {
      return rejected;
    },
    dismissRejected() {
      rejected = [];
    },
    navigate(patch) {
      view = { ...view, ...patch };
      if (patch.date !== undefined) timeline.setDay(patch.date);
      history.push(view);
    },
    dispose() {
      stopListening();
      timeline.dispose();
      history.dispose();
    },
  };
}
