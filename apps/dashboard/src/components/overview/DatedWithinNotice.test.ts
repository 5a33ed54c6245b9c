import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import { change } from '../../testing/fixtures.ts';
import DatedWithinNotice from './DatedWithinNotice.svelte';

const nameOf = (id: string) => (id === 'BR' ? 'Brazil' : id);

it('says which changes are dated within the period and where the ledger counts them', async () => {
  const opened: string[] = [];
  render(DatedWithinNotice, {
    changes: [change('BR', '2021-12-31', 'member', 'reversed', 'year')],
    nameOf,
    onactor: (actor: string) => opened.push(actor),
    onregressions: () => opened.push('regressions'),
  });
  const notice = screen.getByRole('complementary', { name: 'Dated within this period' });
  expect(notice.textContent?.replace(/\s+/g, ' ')).toContain(
    'Brazil reversed its commitment in 2021 (month not given by the source; counted from 31 December 2021).',
  );
  await fireEvent.click(screen.getByRole('button', { name: 'Brazil' }));
  await fireEvent.click(screen.getByRole('button', { name: 'See the regressions' }));
  expect(opened).toEqual(['BR', 'regressions']);
});

it('shows nothing when no change is dated around the date', () => {
  render(DatedWithinNotice, { changes: [], nameOf, onactor: () => {}, onregressions: () => {} });
  expect(screen.queryByRole('complementary')).toBeNull();
});
