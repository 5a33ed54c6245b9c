import {
  parseViewState,
  serializeViewState,
  type ViewDefaults,
  type ViewState,
} from './viewState.ts';

/** The part of `window` the sync needs, so tests can hand it a fresh one. */
export type HistoryWindow = Pick<
  Window,
  'location' | 'history' | 'addEventListener' | 'removeEventListener'
>;

export interface HistorySync {
  read(): ViewState;
  /** A deliberate change: a new history entry, so Back returns to the previous view. */
  push(state: ViewState): void;
  /** A passing change (a replay tick): updates the URL without flooding history. */
  replace(state: ViewState): void;
  dispose(): void;
}

export function createHistorySync(
  win: HistoryWindow,
  defaults: () => ViewDefaults,
  onNavigate: (state: ViewState) => void,
): HistorySync {
  const read = () => parseViewState(win.location.search, defaults());

  function write(state: ViewState, mode: 'push' | 'replace'): void {
    const search = serializeViewState(state, defaults());
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  }

  const onPopState = () => onNavigate(read());
  win.addEventListener('popstate', onPopState);

  return {
    read,
    push: (state) => write(state, 'push'),
    replace: (state) => write(state, 'replace'),
    dispose: () => win.removeEventListener('popstate', onPopState),
  };
}
