import type { Pattern } from '../palette/status.ts';

const cache = new Map<string, CanvasPattern | string>();

/**
 * A fill that carries a second cue besides its colour: dark hatching or dots
 * over the base colour, or vertical stripes of the base colour and `ink`.
 * Falls back to the plain colour where a canvas cannot be had (tests, old
 * browsers).
 */
export function patternFill(
  colour: string,
  pattern: Pattern,
  ink = 'rgba(0, 0, 0, 0.55)',
): CanvasPattern | string {
  if (pattern === 'none') return colour;
  const key = `${colour}:${pattern}:${ink}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = colour;
  context.fillRect(0, 0, 8, 8);
  context.fillStyle = ink;
  context.strokeStyle = ink;
  if (pattern === 'stripes') {
    context.fillRect(0, 0, 4, 8);
  } else if (pattern === 'diagonal') {
    context.lineWidth = 1.5;
    context.beginPath();
    context.moveTo(-2, 10);
    context.lineTo(10, -2);
    context.moveTo(-2, 2);
    context.lineTo(2, -2);
    context.moveTo(6, 10);
    context.lineTo(10, 6);
    context.stroke();
  } else {
    context.beginPath();
    context.arc(4, 4, 1.4, 0, Math.PI * 2);
    context.fill();
  }
  const fill = context.createPattern(tile, 'repeat');
  if (!fill) return colour;
  // chartjs-chart-geo caches each shape by its fill's string form; give
  // each pattern its own, or a shape would keep a stale pattern.
  Object.defineProperty(fill, 'toString', { value: () => `pattern(${key})` });
  cache.set(key, fill);
  return fill;
}
