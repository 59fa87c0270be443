/**
 * Paginator: places the flow's boxes on pages in one pass. A chain of boxes linked by `keepWithNext`
 * moves to the next page whole when it does not fit but would fit on an empty page; spaces vanish at
 * page breaks; a table row that starts a page gets its table's header rows first; frames (callout
 * backgrounds) are drawn behind their boxes on each page. Linear in the number of boxes.
 */
import type { Box, FlowEl, Frame } from './flow.js';
import { shiftItem } from './translate.js';
import type { Item, OutlineEntry } from './types.js';

export interface PageArea {
  top: number;
  bottom: number;
}

export interface PaginatedPage {
  items: Item[];
}

export interface Pagination {
  pages: PaginatedPage[];
  outline: OutlineEntry[];
  anchors: Record<string, { page: number; y: number }>;
}

const EPS = 0.01;

export function paginate(flow: FlowEl[], area: PageArea): Pagination {
  const bodyHeight = area.bottom - area.top;
  const chain = chainHeights(flow);
  const pages: PaginatedPage[] = [];
  const outline: OutlineEntry[] = [];
  const anchors: Record<string, { page: number; y: number }> = {};

  let items: Item[] = [];
  let under: Item[] = [];
  let frames = new Map<Frame, { top: number; bottom: number }>();
  let y = area.top;
  let pending = 0;
  let fresh = true;
  let prevKeeps = false;

  const closePage = (): void => {
    for (const [frame, ext] of frames) for (const it of frame.draw(ext.top, ext.bottom)) under.push(it);
    pages.push({ items: under.concat(items) });
    items = [];
    under = [];
    frames = new Map();
    y = area.top;
    pending = 0;
    fresh = true;
  };
  const place = (box: Box): void => {
    const top = y + (fresh ? 0 : pending);
    for (const it of box.items) items.push(shiftItem(it, 0, top));
    if (box.frames) {
      for (const f of box.frames) {
        const ext = frames.get(f);
        if (ext) ext.bottom = top + box.height;
        else frames.set(f, { top, bottom: top + box.height });
      }
    }
    if (box.anchor) {
      outline.push({ ...box.anchor, page: pages.length, y: top });
      anchors[box.anchor.id] = { page: pages.length, y: top };
    }
    y = top + box.height;
    pending = 0;
    fresh = false;
  };

  flow.forEach((el, i) => {
    switch (el.kind) {
      case 'space':
        // Adjacent spaces collapse to the largest; a space at the top of a page vanishes.
        if (!fresh) pending = Math.max(pending, el.height);
        return;
      case 'break':
        if (!fresh) closePage();
        prevKeeps = false;
        return;
      case 'box': {
        // At the start of a keep chain, the whole chain must fit (unless it is taller than a page).
        const whole = chain[i]!;
        const need = !prevKeeps && whole <= bodyHeight ? whole : el.height;
        if (!fresh && y + pending + need > area.bottom + EPS) closePage();
        if (fresh && el.repeatHeader) for (const h of el.repeatHeader) place(h);
        place(el);
        prevKeeps = !!el.keepWithNext;
        return;
      }
    }
  });
  if (!fresh || pages.length === 0) closePage();
  return { pages, outline, anchors };
}

/**
 * For each box, the height from its top to the bottom of the last box of its keep chain, including the
 * spaces in between (computed backwards in one pass).
 */
function chainHeights(flow: FlowEl[]): number[] {
  const h = new Array<number>(flow.length).fill(0);
  let next = 0;
  let gapToNext = 0;
  for (let i = flow.length - 1; i >= 0; i--) {
    const el = flow[i]!;
    if (el.kind === 'space') {
      gapToNext = Math.max(gapToNext, el.height);
      continue;
    }
    if (el.kind === 'break') {
      next = 0;
      gapToNext = 0;
      continue;
    }
    h[i] = el.height + (el.keepWithNext && next > 0 ? gapToNext + next : 0);
    next = h[i]!;
    gapToNext = 0;
  }
  return h;
}
