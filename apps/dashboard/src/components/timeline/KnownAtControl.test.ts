import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import KnownAtControl from './KnownAtControl.svelte';

it('sets a knowledge cut-off from a day and clears it again', async () => {
  const chosen: (string | null)[] = [];
  const { rerender } = render(KnownAtControl, {
    knownAt: null,
    onchange: (value: string | null) => chosen.push(value),
  });
  expect(screen.getByText('(latest knowledge)')).toBeTruthy();
  await fireEvent.change(screen.getByLabelText('As the ledger knew it on'), {
    target: { value: '2021-01-31' },
  });
  await rerender({ knownAt: '2021-01-31', onchange: (value: string | null) => chosen.push(value) });
  await fireEvent.click(screen.getByRole('button', { name: 'Latest knowledge' }));
  expect(chosen).toEqual(['2021-01-31', null]);
});
