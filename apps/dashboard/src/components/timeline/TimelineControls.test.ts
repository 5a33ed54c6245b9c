import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createTimeline, type Ticker } from '../../lib/timeline/controller.ts';
import TimelineControls from './TimelineControls.svelte';

const noTicks: Ticker = () => () => {};

function setup(initial = '2020-11-10') {
  const timeline = createTimeline({
    min: '2018-01-01',
    max: '2024-06-15',
    initial,
    ticker: noTicks,
  });
  render(TimelineControls, { timeline });
  return { timeline, slider: screen.getByRole('slider', { name: 'Date' }) };
}

describe('TimelineControls', () => {
  it('announces the date in words', () => {
    const { slider } = setup();
    expect(slider.getAttribute('aria-valuetext')).toBe('10 November 2020');
    expect(screen.getByRole('status').textContent).toBe('10 November 2020');
  });

  it('steps by month with the arrows and by year with PageUp/PageDown', async () => {
    const { timeline, slider } = setup();
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(timeline.state.day).toBe('2020-12-10');
    expect(slider.getAttribute('aria-valuetext')).toBe('10 December 2020');
    await fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(timeline.state.day).toBe('2019-12-10');
    await fireEvent.keyDown(slider, { key: 'End' });
    expect(timeline.state.day).toBe('2024-06-15');
    await fireEvent.keyDown(slider, { key: 'Home' });
    expect((slider as HTMLInputElement).value).toBe('0');
  });

  it('moves to the month the slider is dragged to', async () => {
    const { timeline, slider } = setup();
    await fireEvent.input(slider, { target: { value: '12' } });
    expect(timeline.state.day).toBe('2019-01-10');
  });

  it('takes a typed date', async () => {
    const { timeline } = setup();
    const input = screen.getByLabelText('As of');
    await fireEvent.change(input, { target: { value: '2021-06-30' } });
    expect(timeline.state.day).toBe('2021-06-30');
  });

  it('switches between play and pause', async () => {
    const { timeline } = setup();
    await fireEvent.click(screen.getByRole('button', { name: /play/i }));
    expect(timeline.state.playing).toBe(true);
    const pause = screen.getByRole('button', { name: /pause/i });
    expect(pause.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(pause);
    expect(timeline.state.playing).toBe(false);
  });
});
