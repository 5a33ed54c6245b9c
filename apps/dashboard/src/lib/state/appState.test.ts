import { Window } from 'happy-dom';
import { afterEach, expect, it } from 'vitest';
import type { HistoryWindow } from '../url/historySync.ts';
import { createAppState } from './appState.svelte.ts';

const windows: Window[] = [];

function open(url: string) {
  const win = new Window({ url });
  windows.push(win);
  const back = () => {
    win.history.back();
    win.dispatchEvent(new win.PopStateEvent('popstate'));
  };
  return { win: win as unknown as HistoryWindow, back };
}

afterEach(async () => {
  await Promise.all(windows.splice(0).map((win) => win.happyDOM.close()));
});

it('given a date after today in the address, then it shows today, says so and corrects the address', () => {
  const { win } = open('http://localhost/?date=2030-01-01&tab=regressions');
  const app = createAppState(win, '2024-06-15');
  expect(app.view).toMatchObject({ date: '2024-06-15', tab: 'regressions' });
  expect(app.timeline.state.day).toBe('2024-06-15');
  expect(app.rejected).toEqual([
    { name: 'date', given: '2030-01-01', reason: 'is after 2024-06-15, today' },
  ]);
  expect(win.location.search).toBe('?tab=regressions');
});

it('given a date that does not exist in the address, then the address loses it', () => {
  const { win } = open('http://localhost/?date=2021-02-30');
  const app = createAppState(win, '2024-06-15');
  expect(app.view.date).toBe('2024-06-15');
  expect(app.rejected.map((entry) => entry.given)).toEqual(['2021-02-30']);
  expect(win.location.search).toBe('');
  app.dismissRejected();
  expect(app.rejected).toEqual([]);
});

it('writes timeline moves and tab changes to the address', () => {
  const { win } = open('http://localhost/');
  const app = createAppState(win, '2024-06-15');
  app.timeline.setDay('2020-11-10');
  app.navigate({ tab: 'exposure' });
  expect(app.view).toMatchObject({ date: '2020-11-10', tab: 'exposure' });
  expect(win.location.search).toBe('?date=2020-11-10&tab=exposure');
});

it('goes back to the previous view, moving the timeline with it', () => {
  const { win, back } = open('http://localhost/');
  const app = createAppState(win, '2024-06-15');
  app.navigate({ date: '2020-11-10' });
  app.navigate({ date: '2021-06-30', tab: 'regressions' });
  back();
  expect(app.view).toMatchObject({ date: '2020-11-10', tab: 'overview' });
  expect(app.timeline.state.day).toBe('2020-11-10');
  // Going back must not itself add an entry (that would break Forward).
  expect(win.location.search).toBe('?date=2020-11-10');
});
