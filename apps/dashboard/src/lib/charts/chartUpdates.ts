import type { Chart } from 'chart.js';
import { animationFrame, createFrameBatcher, type FrameScheduler } from '../live/frameBatcher.ts';

export type ChartChange = (chart: Chart) => void;

/**
 * Applies changes to a chart at most once per frame, without animation: a
 * replay tick or a burst of live events costs one redraw, not one each.
 */
export function createChartUpdates(chart: Chart, schedule: FrameScheduler = animationFrame) {
  const batcher = createFrameBatcher<ChartChange>((changes) => {
    for (const change of changes) change(chart);
    chart.update('none');
  }, schedule);
  return { apply: (change: ChartChange) => batcher.push(change), dispose: () => batcher.dispose() };
}
