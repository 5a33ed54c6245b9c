import { describe, expect, it } from 'vitest';
import { createTimeline, type Ticker } from './controller.ts';

/** A ticker the test advances by hand, so playback is deterministic. */
function manualTicker() {
  let tick: (() => void) | null = null;
  const ticker: Ticker = (callback) => {
    tick = callback;
    return () => {
      tick = null;
    };
  };
  return {
    ticker,
    get running() {
      return tick !== null;
    },
    advance(times = 1) {
      for (let i = 0; i < times; i += 1) tick?.();
    },
  };
}

const range = { min: '2018-01-31', max: '2024-06-15' };

describe('stepping', () => {
  it('moves by months and stays inside the range', () => {
    const timeline = createTimeline({ ...range, initial: '2020-11-10' });
    timeline.stepMonths(1);
    expect(timeline.state.day).toBe('2020-12-10');
    timeline.stepMonths(-100);
    expect(timeline.state.day).toBe(range.min);
    timeline.stepMonths(1000);
    expect(timeline.state.day).toBe(range.max);
  });

  it('clamps an initial day outside the range', () => {
    expect(createTimeline({ ...range, initial: '2010-01-01' }).state.day).toBe(range.min);
  });

  it('maps slider keys to months, years and the ends', () => {
    const timeline = createTimeline({ ...range, initial: '2020-11-10' });
    expect(timeline.handleKey('ArrowRight')).toBe(true);
    expect(timeline.state.day).toBe('2020-12-10');
    timeline.handleKey('ArrowDown');
    expect(timeline.state.day).toBe('2020-11-10');
    timeline.handleKey('PageUp');
    expect(timeline.state.day).toBe('2021-11-10');
    timeline.handleKey('PageDown');
    timeline.handleKey('PageDown');
    expect(timeline.state.day).toBe('2019-11-10');
    timeline.handleKey('End');
    expect(timeline.state.day).toBe(range.max);
    timeline.handleKey('Home');
    expect(timeline.state.day).toBe(range.min);
    expect(timeline.handleKey('Enter')).toBe(false);
  });
});

describe('listeners', () => {
  it('hear each change once with the previous state, and nothing for a no-op', () => {
    const timeline = createTimeline({ ...range, initial: '2020-11-10' });
    const heard: string[] = [];
    const unsubscribe = timeline.subscribe((state, previous) =>
      heard.push(`${previous.day}->${state.day}`),
    );
    timeline.setDay('2021-07-01');
    timeline.setDay('2021-07-01');
    unsubscribe();
    timeline.setDay('2022-01-01');
    expect(heard).toEqual(['2020-11-10->2021-07-01']);
  });

  it('narrowing the range pulls the day inside it', () => {
    const timeline = createTimeline({ ...range, initial: '2024-01-01' });
    timeline.setRange('2018-01-31', '2023-12-31');
    expect(timeline.state).toMatchObject({ day: '2023-12-31', max: '2023-12-31' });
  });
});

describe('playback', () => {
  it('steps one month per tick and stops by itself at the end', () => {
    const clock = manualTicker();
    const timeline = createTimeline({ ...range, initial: '2024-03-15', ticker: clock.ticker });
    timeline.play();
    expect(timeline.state.playing).toBe(true);
    clock.advance();
    expect(timeline.state.day).toBe('2024-04-15');
    clock.advance(2);
    expect(timeline.state).toMatchObject({ day: '2024-06-15', playing: false });
    expect(clock.running).toBe(false);
  });

  it('pauses and resumes where it was', () => {
    const clock = manualTicker();
    const timeline = createTimeline({ ...range, initial: '2020-01-10', ticker: clock.ticker });
    timeline.togglePlay();
    clock.advance(3);
    timeline.togglePlay();
    expect(timeline.state).toMatchObject({ day: '2020-04-10', playing: false });
    expect(clock.running).toBe(false);
    timeline.play();
    clock.advance();
    expect(timeline.state.day).toBe('2020-05-10');
    timeline.dispose();
    expect(clock.running).toBe(false);
  });

  it('replays from the start when play is pressed at the end', () => {
    const clock = manualTicker();
    const timeline = createTimeline({ ...range, initial: range.max, ticker: clock.ticker });
    timeline.play();
    expect(timeline.state).toMatchObject({ day: range.min, playing: true });
  });
});
