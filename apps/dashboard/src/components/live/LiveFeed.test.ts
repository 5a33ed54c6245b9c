import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import type {
  LiveFeed as Feed,
  LiveItem,
  LiveStatus,
  PauseReason,
} from '../../lib/live/liveFeed.svelte.ts';
import { change } from '../../testing/fixtures.ts';
import LiveFeed from './LiveFeed.svelte';

function feedOf(status: LiveStatus, items: LiveItem[], pausedBecause: PauseReason | null = null) {
  const calls: string[] = [];
  const feed: Feed = {
    status,
    pausedBecause,
    items,
    lastEventId: undefined,
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    hold: () => calls.push('hold'),
    release: () => calls.push('release'),
    dispose: () => calls.push('dispose'),
  };
  return { feed, calls };
}

it('shows the connection state and the newest changes, regressions marked', () => {
  const { feed } = feedOf('open', [
    {
      id: '2',
      change: change('BR', '2021-12-31', 'member', 'reversed', 'year'),
      receivedAt: Date.parse('2026-12-07T19:04:12Z'),
    },
    { id: '1', change: change('BR', '2020-11-10', 'none', 'member'), receivedAt: 0 },
  ]);
  render(LiveFeed, {
    feed,
    nameOf: (id: string) => (id === 'BR' ? 'Brazil' : id),
    onactor: () => {},
  });
  expect(screen.getByRole('status').textContent).toContain('Live');
  const [reversal, pledge] = screen.getAllByRole('listitem');
  expect(reversal?.textContent).toContain('Brazil');
  expect(reversal?.textContent).toContain('member → reversed');
  expect(reversal?.textContent).toContain('regression');
  // dated as precisely as the source gives it
  expect(reversal?.textContent).toContain('in 2021');
  expect(reversal?.textContent).not.toContain('2021-12-31');
  expect(pledge?.textContent).toContain('on 2020-11-10');
  // with the time it arrived
  expect(reversal?.querySelector('time')?.getAttribute('datetime')).toBe(
    '2026-12-07T19:04:12.000Z',
  );
});

it('given a view pinned to the past, then the feed says it is paused and why, with no Resume', () => {
  const pinned = feedOf('paused', [], 'pinned');
  render(LiveFeed, { feed: pinned.feed, nameOf: (id: string) => id, onactor: () => {} });
  expect(screen.getByText(/as it knew it in the past/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
});

it('pauses and resumes the feed from its button', async () => {
  const open = feedOf('open', []);
  render(LiveFeed, { feed: open.feed, nameOf: (id: string) => id, onactor: () => {} });
  await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
  expect(open.calls).toEqual(['pause']);
});

it('says when live updates are paused and offers to resume', async () => {
  const paused = feedOf('paused', []);
  render(LiveFeed, { feed: paused.feed, nameOf: (id: string) => id, onactor: () => {} });
  expect(screen.getByRole('status').textContent).toContain('paused');
  await fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
  expect(paused.calls).toEqual(['resume']);
});
