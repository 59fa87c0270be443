/** Test helpers for chart geometry: a fake measurer and bounding boxes of primitives. */
import type { Item, Measurer, TextItem } from '../../src/layout/types.js';

/** Every character is half the font size wide (bold a little wider); ascent 0.75, descent 0.25 of the size. */
export const fakeMeasurer: Measurer = {
  width: (text, font, size) => Array.from(text).length * size * (font === 'bold' ? 0.55 : 0.5),
  ascent: (_font, size) => size * 0.75,
  descent: (_font, size) => size * 0.25,
};

export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function textBounds(t: TextItem, m: Measurer): Bounds {
  return {
    left: t.x,
    right: t.x + m.width(t.text, t.font, t.size),
    top: t.y - m.ascent(t.font, t.size),
    bottom: t.y + m.descent(t.font, t.size),
  };
}

/** Bounds of any drawn item; strokes add half their width. */
export function itemBounds(item: Item, m: Measurer): Bounds | null {
  switch (item.type) {
    case 'text':
      return textBounds(item, m);
    case 'rect': {
      const s = item.stroke ? (item.lineWidth ?? 1) / 2 : 0;
      return {
        left: item.x - s,
        top: item.y - s,
        right: item.x + item.width + s,
        bottom: item.y + item.height + s,
      };
    }
    case 'line': {
      // Butt caps (the default in PDF and SVG): the stroke widens a line only across its direction.
      const s = item.width / 2;
      const sx = item.x1 === item.x2 ? s : item.y1 === item.y2 ? 0 : s;
      const sy = item.y1 === item.y2 ? s : item.x1 === item.x2 ? 0 : s;
      return {
        left: Math.min(item.x1, item.x2) - sx,
        right: Math.max(item.x1, item.x2) + sx,
        top: Math.min(item.y1, item.y2) - sy,
        bottom: Math.max(item.y1, item.y2) + sy,
      };
    }
    case 'polygon': {
      const s = item.stroke ? (item.lineWidth ?? 1) / 2 : 0;
      const xs = item.points.map((p) => p.x);
      const ys = item.points.map((p) => p.y);
      return {
        left: Math.min(...xs) - s,
        right: Math.max(...xs) + s,
        top: Math.min(...ys) - s,
        bottom: Math.max(...ys) + s,
      };
    }
    default:
      return null;
  }
}

export function overlaps(a: Bounds, b: Bounds, eps = 0.01): boolean {
  return a.left < b.right - eps && b.left < a.right - eps && a.top < b.bottom - eps && b.top < a.bottom - eps;
}

/** Pairs of text items whose boxes overlap, as readable strings. */
export function overlappingTexts(items: Item[], m: Measurer): string[] {
  const texts = items.filter((i): i is TextItem => i.type === 'text');
  const out: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (overlaps(textBounds(texts[i]!, m), textBounds(texts[j]!, m)))
        out.push(`«${texts[i]!.text}» × «${texts[j]!.text}»`);
    }
  }
  return out;
}

/** Items reaching outside the box (with a small tolerance), described. */
export function outside(
  items: Item[],
  box: { x: number; y: number; width: number; height: number },
  m: Measurer,
): string[] {
  const eps = 0.01;
  return items.flatMap((item) => {
    const b = itemBounds(item, m);
    if (!b) return [];
    const ok =
      b.left >= box.x - eps &&
      b.top >= box.y - eps &&
      b.right <= box.x + box.width + eps &&
      b.bottom <= box.y + box.height + eps;
    return ok ? [] : [`${item.type} ${JSON.stringify(b)}${item.type === 'text' ? ' ' + item.text : ''}`];
  });
}

export function texts(items: Item[]): string[] {
  return items.filter((i): i is TextItem => i.type === 'text').map((t) => t.text);
}
