import { expect, it } from 'vitest';
import { createFrameBatcher, type FrameScheduler } from './frameBatcher.ts';

function manualFrames() {
  const queued: (() => void)[] = [];
  const schedule: FrameScheduler = (callback) => queued.push(callback);
  return {
    schedule,
    get queued() {
      return queued.length;
    },
    paint() {
      for (const callback of queued.splice(0)) callback();
    },
  };
}

it('hands a burst over once, on the next frame', () => {
  const frames = manualFrames();
  const flushes: number[][] = [];
  const batcher = createFrameBatcher<number>((items) => flushes.push(items), frames.schedule);
  batcher.push(1);
  batcher.push(2);
  batcher.push(3);
  expect(frames.queued).toBe(1);
  expect(flushes).toEqual([]);
  frames.paint();
  expect(flushes).toEqual([[1, 2, 3]]);
});

it('starts a new batch after a frame', () => {
  const frames = manualFrames();
  const flushes: number[][] = [];
  const batcher = createFrameBatcher<number>((items) => flushes.push(items), frames.schedule);
  batcher.push(1);
  frames.paint();
  batcher.push(2);
  frames.paint();
  frames.paint();
  expect(flushes).toEqual([[1], [2]]);
});

it('drops what is pending once disposed', () => {
  const frames = manualFrames();
  const flushes: number[][] = [];
  const batcher = createFrameBatcher<number>((items) => flushes.push(items), frames.schedule);
  batcher.push(1);
  batcher.dispose();
  frames.paint();
  batcher.push(2);
  expect(flushes).toEqual([]);
  expect(frames.queued).toBe(0);
});
