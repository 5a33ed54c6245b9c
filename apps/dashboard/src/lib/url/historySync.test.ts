import { Window } from 'happy-dom';
import { afterEach, expect, it } from 'vitest';
import { createHistorySync, type HistoryWindow } from './historySync.ts';
import { defaultView, type ViewState } from './viewState.ts';

const defaults = { date: '2024-06-15', vendor: 'vendor:huawei' };
const windows: Window[] = [];

function freshWindow(url: string) {
  const win = new Window({ url });
  windows.push(win);
  return win;
}

const asHistoryWindow = (win: Window) => win as unknown as HistoryWindow;

afterEach(async () => {
  await Promise.all(windows.splice(0).map((win) => win.happyDOM.close()));
});

it('reads the view from the address', () => {
  const win = freshWindow('http://localhost/?date=2020-11-10&tab=regressions');
  const sync = createHistorySync(
    asHistoryWindow(win),
    () => defaults,
    () => {},
  );
  expect(sync.read()).toMatchObject({ date: '2020-11-10', tab: 'regressions' });
});

it('pushes a history entry per deliberate change and none for an unchanged view', () => {
  const win = freshWindow('http://localhost/');
  const sync = createHistorySync(
    asHistoryWindow(win),
    () => defaults,
    () => {},
  );
  const before = win.history.length;
  const view: ViewState = { ...defaultView(defaults), date: '2021-06-30' };
  sync.push(view);
  sync.push(view);
  expect(win.location.search).toBe('?date=2021-06-30');
  expect(win.history.length).toBe(before + 1);
  sync.replace({ ...view, date: '2021-07-31' });
  expect(win.location.search).toBe('?date=2021-07-31');
  expect(win.history.length).toBe(before + 1);
});

it('hands the view back on Back and Forward', () => {
  const win = freshWindow('http://localhost/?date=2020-11-10');
  const heard: ViewState[] = [];
  const sync = createHistorySync(
    asHistoryWindow(win),
    () => defaults,
    (view) => heard.push(view),
  );
  win.history.pushState(null, '', '/?date=2021-06-30');
  win.dispatchEvent(new win.PopStateEvent('popstate'));
  expect(heard.map((view) => view.date)).toEqual(['2021-06-30']);
  sync.dispose();
  win.dispatchEvent(new win.PopStateEvent('popstate'));
  expect(heard).toHaveLength(1);
});
