import type { Chart, Plugin } from 'chart.js';

/**
 * Where a chart's monthly category axis puts its points, in CSS pixels of
 * the chart's container: what a DOM overlay needs to draw the replay date's
 * line without asking chart.js for a new frame.
 */
export interface AxisGeometry {
  /** x of the first category. */
  x0: number;
  /** Distance between two categories. */
  step: number;
  top: number;
  bottom: number;
}

export function axisGeometryOf(chart: Pick<Chart, 'scales' | 'chartArea'>): AxisGeometry | null {
  const x = chart.scales.x;
  if (!x || !chart.chartArea) return null;
  const x0 = x.getPixelForValue(0);
  return {
    x0,
    step: x.getPixelForValue(1) - x0,
    top: chart.chartArea.top,
    bottom: chart.chartArea.bottom,
  };
}

export function sameGeometry(a: AxisGeometry | null, b: AxisGeometry | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.x0 === b.x0 &&
      a.step === b.step &&
      a.top === b.top &&
      a.bottom === b.bottom)
  );
}

/**
 * Reports the axis geometry after every layout (a new series, a resize).
 * The report waits for a microtask, so that whatever it sets off (a
 * component's state) does not run inside chart.js's own update.
 */
export function axisGeometryPlugin(report: (geometry: AxisGeometry | null) => void): Plugin {
  return {
    id: 'axisGeometry',
    afterUpdate: (chart) => queueMicrotask(() => report(axisGeometryOf(chart))),
  };
}

/** Left edge, in px, of the line for a category index; null when it lies off the axis. */
export function lineLeft(
  geometry: AxisGeometry | null,
  index: number,
  categories: number,
): number | null {
  if (geometry === null || index < 0 || index > Math.max(0, categories - 1)) return null;
  return geometry.x0 + geometry.step * index;
}
