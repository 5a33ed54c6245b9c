export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A shape's bounds grown to whole pixels plus `pad` (its border, its hover border). */
export function paddedRect(bounds: Rect, pad: number): Rect {
  const x = Math.floor(bounds.x - pad);
  const y = Math.floor(bounds.y - pad);
  return {
    x,
    y,
    width: Math.ceil(bounds.x + bounds.width + pad) - x,
    height: Math.ceil(bounds.y + bounds.height + pad) - y,
  };
}

interface Drawable {
  ctx: Pick<CanvasRenderingContext2D, 'save' | 'beginPath' | 'rect' | 'clip' | 'restore'>;
  draw(): void;
}

/**
 * Redraws a chart only inside `rects`: the chart draws as usual (clearing
 * first), but the canvas keeps every pixel outside the clip, so only the
 * shapes that changed colour, and whatever overlaps them, are painted again.
 */
export function redrawWithin(chart: Drawable, rects: readonly Rect[]): void {
  if (rects.length === 0) return;
  const { ctx } = chart;
  ctx.save();
  ctx.beginPath();
  for (const rect of rects) ctx.rect(rect.x, rect.y, rect.width, rect.height);
  ctx.clip();
  chart.draw();
  ctx.restore();
}
