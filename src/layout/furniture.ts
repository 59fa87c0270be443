/**
 * Page furniture and the first page's title block. Furniture (running header, footer «Side X av Y»
 * with the document's date and version, the «UTKAST» watermark) is added after pagination, when the
 * page count is known; all of it is tagged as artifact.
 */
import type { DocumentMeta } from '../tree/types.js';
import { space, type Box, type FlowEl } from './flow.js';
import type { WidthCache } from './measure-cache.js';
import type { PageSetup } from './layout-document.js';
import { colors, space as gap, type } from './style.js';
import { setText } from './text-block.js';
import { shiftItem } from './translate.js';
import type { Item, StructElement } from './types.js';

const ARTIFACT = { artifact: true } as const;

export function pageFurniture(
  meta: DocumentMeta,
  setup: PageSetup,
  pageIndex: number,
  pageCount: number,
  cache: WidthCache,
): Item[] {
  const items: Item[] = [];
  const size = type.small.size;
  const left = setup.margin.left;
  const right = setup.width - setup.margin.right;
  const text = (t: string, x: number, y: number): Item => ({
    type: 'text',
    x,
    y,
    text: t,
    font: 'regular',
    size,
    color: colors.muted,
    tag: ARTIFACT,
  });
  // Running header from the second page on (the first carries the title block).
  if (pageIndex > 0 || setup.headerOnFirstPage) {
    const hy = setup.margin.top - 20;
    items.push(text(fitText(meta.shortTitle, right - left, size, cache), left, hy));
    items.push({
      type: 'line',
      x1: left,
      y1: hy + 5,
      x2: right,
      y2: hy + 5,
      color: colors.ruleLight,
      width: 0.5,
      tag: ARTIFACT,
    });
  }
  const fy = setup.height - setup.margin.bottom + 28;
  items.push({
    type: 'line',
    x1: left,
    y1: fy - 12,
    x2: right,
    y2: fy - 12,
    color: colors.ruleLight,
    width: 0.5,
    tag: ARTIFACT,
  });
  const pageText = `Side ${pageIndex + 1} av ${pageCount}`;
  const pageWidth = cache.width(pageText, 'regular', size);
  const info = [meta.date, meta.version].filter((s): s is string => !!s).join(' · ');
  if (info) items.push(text(fitText(info, right - left - pageWidth - 12, size, cache), left, fy));
  items.push(text(pageText, right - pageWidth, fy));
  if (setup.draft) items.push(watermark(setup, cache));
  return items;
}

/** «UTKAST» across the page's centre at 45°, light and translucent. */
function watermark(setup: PageSetup, cache: WidthCache): Item {
  const size = type.watermark.size;
  const w = cache.width('UTKAST', 'bold', size);
  const capHeight = cache.ascent('bold', size) * 0.7;
  const a = Math.PI / 4;
  const cx = setup.width / 2;
  const cy = setup.height / 2;
  return {
    type: 'text',
    x: cx - (w / 2) * Math.cos(a) + (capHeight / 2) * Math.sin(a),
    y: cy + (w / 2) * Math.sin(a) + (capHeight / 2) * Math.cos(a),
    text: 'UTKAST',
    font: 'bold',
    size,
    color: colors.watermark,
    rotate: 45,
    opacity: type.watermark.opacity,
    outlines: true,
    tag: ARTIFACT,
  };
}

/**
 * Cuts a running header or footer that is too long at a word, with an ellipsis; a first word that alone
 * is too long is cut inside (the longest prefix that fits, found by bisection).
 */
export function fitText(t: string, width: number, size: number, cache: WidthCache): string {
  if (cache.width(t, 'regular', size) <= width) return t;
  const words = t.split(' ');
  while (words.length > 1) {
    words.pop();
    const s = words.join(' ') + ' …';
    if (cache.width(s, 'regular', size) <= width) return s;
  }
  const chars = [...(words[0] ?? '')];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (cache.width(chars.slice(0, mid).join('') + '…', 'regular', size) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('') + '…';
}

/** The title block at the top of the first page: document type, title and the facts about it. */
export function titleBlock(
  meta: DocumentMeta,
  x: number,
  width: number,
  cache: WidthCache,
): { flow: FlowEl[]; struct: StructElement } {
  const flow: FlowEl[] = [];
  const key = 'title';
  const docType = setText(
    [{ text: meta.documentType.toUpperCase(), font: 'bold', color: colors.muted }],
    cache,
    {
      x,
      width,
      size: type.documentType.size,
      leading: type.documentType.leading,
      tag: { key: `${key}/type`, role: 'P' },
      keep: 'all',
    },
  );
  const title = setText([{ text: meta.title, font: 'bold', color: colors.heading }], cache, {
    x,
    width,
    size: type.title.size,
    leading: type.title.leading,
    tag: { key: `${key}/title`, role: 'Title' },
    keep: 'all',
    hyphenate: false,
  });
  flow.push(...docType.boxes, space(4), ...title.boxes, space(10));
  const facts: [string, string | undefined][] = [
    ['Prosjekt', meta.project],
    ['Mottaker', meta.recipient],
    ['Søker', meta.applicant],
    ['Dato', meta.date],
    ['Versjon', meta.version],
  ];
  const size = type.body.size;
  const labelWidth = Math.max(...facts.map(([l]) => cache.width(l, 'bold', size))) + 14;
  const factStructs: StructElement[] = [];
  facts.forEach(([label, value], i) => {
    if (!value) return;
    const k = `${key}/f${i}`;
    const tag = { key: k, role: 'P' };
    const l = setText([{ text: label, font: 'bold', color: colors.muted }], cache, {
      x,
      width: labelWidth,
      size,
      leading: 1.35,
      tag,
      keep: 'all',
      spaceAfter: true,
    });
    const v = setText([{ text: value, font: 'regular', color: colors.text }], cache, {
      x: x + labelWidth,
      width: width - labelWidth,
      size,
      leading: 1.35,
      tag,
      keep: 'all',
    });
    // One box per line of the value (the first with the label), so that a value taller than a page
    // breaks across pages instead of running off the bottom.
    v.boxes.forEach((b, j) => {
      const first = j === 0 ? (l.boxes[0]?.items ?? []) : [];
      const height = j === 0 ? Math.max(b.height, l.boxes[0]?.height ?? 0) : b.height;
      flow.push({ kind: 'box', height, items: [...first, ...b.items], keepWithNext: true });
    });
    factStructs.push({ key: k, role: 'P', children: [] });
  });
  const rule: Box = {
    kind: 'box',
    height: 14,
    items: [
      { type: 'line', x1: x, y1: 8, x2: x + width, y2: 8, color: colors.rule, width: 0.8, tag: ARTIFACT },
    ],
  };
  flow.push(rule, space(gap.blockGap));
  for (const el of flow) if (el.kind === 'box' && el !== rule) el.keepWithNext = true;
  return {
    flow,
    struct: {
      key,
      role: 'Div',
      children: [
        { key: `${key}/type`, role: 'P', children: [] },
        { key: `${key}/title`, role: 'Title', children: [] },
        ...factStructs,
      ],
    },
  };
}
