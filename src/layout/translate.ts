import { assertNever } from '../tree/types.js';
import type { Item, ItemTag } from './types.js';

/** A copy of `item` moved by (dx, dy); optionally with another tag. */
export function shiftItem(item: Item, dx: number, dy: number, tag?: ItemTag): Item {
  const t = tag ?? item.tag;
  switch (item.type) {
    case 'text':
    case 'rect':
    case 'image':
    case 'link':
    case 'chart':
      return { ...item, x: item.x + dx, y: item.y + dy, ...(t ? { tag: t } : {}) };
    case 'line':
      return {
        ...item,
        x1: item.x1 + dx,
        y1: item.y1 + dy,
        x2: item.x2 + dx,
        y2: item.y2 + dy,
        ...(t ? { tag: t } : {}),
      };
    case 'polygon':
      return {
        ...item,
        points: item.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
        ...(t ? { tag: t } : {}),
      };
    default:
      return assertNever(item);
  }
}
