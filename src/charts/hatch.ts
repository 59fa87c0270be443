/** Drawing helpers shared by the charts: hatching clipped to a rectangle, diamonds, text placement. */
import type { Color, FontStyle, LineItem, Measurer, PolygonItem, TextItem } from '../layout/types.js';

/**
 * Diagonal hatch lines («/») filling the rectangle, computed as clipped segments (the primitives have no
 * clipping). Lines sit on a fixed page-wide grid, so adjacent hatched areas line up.
 */
export function hatchLines(
  x: number,
  y: number,
  width: number,
  height: number,
  color: Color,
  spacing = 4,
  lineWidth = 0.6,
  direction: 'rising' | 'falling' = 'rising',
): LineItem[] {
  const out: LineItem[] = [];
  const x1 = x + width;
  const y1 = y + height;
  if (direction === 'rising') {
    // Lines x + y = k: visually rising to the right because y grows downwards.
    for (let k = Math.ceil((x + y) / spacing) * spacing; k < x1 + y1; k += spacing) {
      const sx = Math.max(x, k - y1);
      const ex = Math.min(x1, k - y);
      if (ex - sx < 0.3) continue;
      out.push({ type: 'line', x1: sx, y1: k - sx, x2: ex, y2: k - ex, color, width: lineWidth });
    }
    return out;
  }
  // Lines x - y = k: falling to the right.
  for (let k = Math.ceil((x - y1) / spacing) * spacing; k < x1 - y; k += spacing) {
    const sx = Math.max(x, k + y);
    const ex = Math.min(x1, k + y1);
    if (ex - sx < 0.3) continue;
    out.push({ type: 'line', x1: sx, y1: sx - k, x2: ex, y2: ex - k, color, width: lineWidth });
  }
  return out;
}

/** A diamond centred on (cx, cy) with half-diagonal `r`. */
export function diamond(
  cx: number,
  cy: number,
  r: number,
  style: { fill?: Color; stroke?: Color; lineWidth?: number; dash?: number[] },
): PolygonItem {
  return {
    type: 'polygon',
    points: [
      { x: cx, y: cy - r },
      { x: cx + r, y: cy },
      { x: cx, y: cy + r },
      { x: cx - r, y: cy },
    ],
    ...style,
  };
}

/** Baseline that centres a line of text vertically on `centerY`. */
export function centredBaseline(centerY: number, m: Measurer, font: FontStyle, size: number): number {
  return centerY + (m.ascent(font, size) - m.descent(font, size)) / 2;
}

/** A text item whose left edge is computed from an anchor ('start' | 'middle' | 'end') at `x`. */
export function textAt(
  text: string,
  x: number,
  baseline: number,
  anchor: 'start' | 'middle' | 'end',
  m: Measurer,
  font: FontStyle,
  size: number,
  color: Color,
): TextItem {
  const w = m.width(text, font, size);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return { type: 'text', x: left, y: baseline, text, font, size, color };
}
