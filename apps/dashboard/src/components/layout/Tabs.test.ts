import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import Tabs from './Tabs.svelte';

const tabs = [
  { id: 'overview', label: 'Overview' },
  { id: 'exposure', label: 'Vendor exposure' },
  { id: 'regressions', label: 'Regressions' },
];

function setup(selected = 'overview') {
  const chosen: string[] = [];
  render(Tabs, { label: 'Views', tabs, selected, onselect: (id: string) => chosen.push(id) });
  return chosen;
}

it('marks the selected tab and keeps only it in the tab order', () => {
  setup('exposure');
  const selected = screen.getByRole('tab', { selected: true });
  expect(selected.textContent?.trim()).toBe('Vendor exposure');
  expect(selected.getAttribute('tabindex')).toBe('0');
  expect(screen.getByRole('tab', { name: 'Overview' }).getAttribute('tabindex')).toBe('-1');
  expect(selected.getAttribute('aria-controls')).toBe('tab-panel-exposure');
});

it('selects with a click and with the arrow, Home and End keys, wrapping around', async () => {
  const chosen = setup('overview');
  await fireEvent.click(screen.getByRole('tab', { name: 'Regressions' }));
  const overview = screen.getByRole('tab', { name: 'Overview' });
  await fireEvent.keyDown(overview, { key: 'ArrowRight' });
  await fireEvent.keyDown(overview, { key: 'ArrowLeft' });
  await fireEvent.keyDown(overview, { key: 'End' });
  await fireEvent.keyDown(overview, { key: 'Home' });
  await fireEvent.keyDown(overview, { key: 'a' });
  expect(chosen).toEqual(['regressions', 'exposure', 'regressions', 'regressions', 'overview']);
});
