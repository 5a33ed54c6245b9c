import { render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import { headlineFigures } from '../../lib/overview/headline.ts';
import { member, membership } from '../../testing/fixtures.ts';
import HeadlineFigures from './HeadlineFigures.svelte';

it('shows each figure with its change since the comparison date', () => {
  const then = membership('2019-11-10', []);
  const now = membership('2020-11-10', [member('BR', '2020-11-10'), member('PL', '2020-03-10')]);
  render(HeadlineFigures, {
    figures: headlineFigures(now, then),
    compareLabel: '10 November 2019',
  });
  const countries = screen.getByText('Member countries').closest('li');
  expect(countries?.textContent).toContain('2');
  expect(countries?.textContent).toContain('+2 since 10 November 2019');
});
