import { expect, it } from 'vitest';
import { axisGeometryOf, lineLeft, sameGeometry } from './axisGeometry.ts';

const chart = {
  scales: { x: { getPixelForValue: (index: number) => 40 + index * 6.5 } },
  chartArea: { top: 10, bottom: 190, left: 40, right: 600, width: 560, height: 180 },
} as unknown as Parameters<typeof axisGeometryOf>[0];

it('reads where the axis puts its categories and its plot area', () => {
  expect(axisGeometryOf(chart)).toEqual({ x0: 40, step: 6.5, top: 10, bottom: 190 });
});

it('places the line on a category, and nowhere off the axis', () => {
  const geometry = axisGeometryOf(chart);
  expect(lineLeft(geometry, 0, 100)).toBe(40);
  expect(lineLeft(geometry, 42, 100)).toBe(40 + 42 * 6.5);
  expect(lineLeft(geometry, 100, 100)).toBeNull();
  expect(lineLeft(geometry, -1, 100)).toBeNull();
  expect(lineLeft(null, 3, 100)).toBeNull();
});

it('tells a changed layout from the same one', () => {
  const geometry = axisGeometryOf(chart);
  expect(sameGeometry(geometry, { x0: 40, step: 6.5, top: 10, bottom: 190 })).toBe(true);
  expect(sameGeometry(geometry, { x0: 40, step: 6, top: 10, bottom: 190 })).toBe(false);
  expect(sameGeometry(geometry, null)).toBe(false);
});
