import { expect, it } from 'vitest';
import { paddedRect, redrawWithin } from './partialRedraw.ts';

it('grows a shape to whole pixels around its border', () => {
  expect(paddedRect({ x: 10.4, y: 20.6, width: 5.2, height: 3 }, 2)).toEqual({
    x: 8,
    y: 18,
    width: 10,
    height: 8,
  });
});

it('draws the chart clipped to the changed shapes, and leaves the canvas state as it was', () => {
  const calls: string[] = [];
  const ctx = {
    save: () => calls.push('save'),
    beginPath: () => calls.push('beginPath'),
    rect: (x: number, y: number, width: number, height: number) =>
      calls.push(`rect ${x},${y},${width},${height}`),
    clip: () => calls.push('clip'),
    restore: () => calls.push('restore'),
  };
  redrawWithin({ ctx, draw: () => calls.push('draw') }, [
    { x: 1, y: 2, width: 3, height: 4 },
    { x: 10, y: 20, width: 30, height: 40 },
  ]);
  expect(calls).toEqual([
    'save',
    'beginPath',
    'rect 1,2,3,4',
    'rect 10,20,30,40',
    'clip',
    'draw',
    'restore',
  ]);
});

it('draws nothing when nothing changed', () => {
  let drawn = false;
  const ctx = { save() {}, beginPath() {}, rect() {}, clip() {}, restore() {} };
  redrawWithin({ ctx, draw: () => (drawn = true) }, []);
  expect(drawn).toBe(false);
});
