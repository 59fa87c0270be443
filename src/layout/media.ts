/**
 * Images (scaled to fit, alt text kept), chart boxes (space the chart module fills) and the signature
 * block (kept together).
 */
import { chartHeight } from '../charts/draw-chart.js';
import { UNRESOLVED_TEXT } from '../format/unresolved.js';
import type { Chart, Image, Signature } from '../tree/types.js';
import type { BlockResult } from './blocks.js';
import { element } from './blocks.js';
import { space, type BlockContext, type Box, type FlowEl } from './flow.js';
import { flattenInlines } from './inline-runs.js';
import { readImageSize } from './image-size.js';
import { colors, space as gap, type } from './style.js';
import { setText } from './text-block.js';
import { shiftItem } from './translate.js';
import type { Item, StructElement } from './types.js';

export function layoutImage(img: Image, ctx: BlockContext, key: string): BlockResult {
  let px;
  try {
    px = readImageSize(img.src);
  } catch {
    px = null;
  }
  if (!px) {
    ctx.env.diagnostics.push({
      severity: 'error',
      rule: 'layout/image',
      message:
        px === null
          ? `Finner ikke bildet ${img.src}, eller det kan ikke leses.`
          : `Bildet ${img.src} er verken PNG eller JPEG.`,
      hint: 'Sjekk filnavnet, og bruk et bilde i PNG- eller JPEG-format.',
      start: { line: img.source.line, column: 1 },
    });
    return { flow: [], structs: [] };
  }
  // Natural size from the file's density (96 dpi if not given), never wider than the column nor
  // taller than most of a page.
  const natural = 72 / (px.dpi ?? 96);
  const scale = Math.min(natural, ctx.width / px.width, (ctx.env.bodyHeight * 0.75) / px.height);
  const width = px.width * scale;
  const height = px.height * scale;
  const box: Box = {
    kind: 'box',
    height,
    items: [
      {
        type: 'image',
        x: ctx.x + (ctx.width - width) / 2,
        y: 0,
        width,
        height,
        src: img.src,
        alt: img.alt,
        tag: { struct: key, role: 'Figure' },
      },
    ],
  };
  const flow: FlowEl[] = [space(gap.blockGap), box];
  const structs: StructElement[] = [{ key, role: 'Figure', children: [], alt: img.alt }];
  if (img.caption?.length) {
    box.keepWithNext = true;
    const capKey = `${key}/cap`;
    const cap = flattenInlines(img.caption, capKey, { bold: false, italic: false, color: colors.text });
    const set = setText(cap.runs, ctx.env.cache, {
      x: ctx.x,
      width: ctx.width,
      size: type.caption.size,
      leading: type.caption.leading,
      tag: { key: capKey, role: 'Caption' },
      align: 'center',
      keep: 'all',
    });
    flow.push(space(gap.captionGap), ...set.boxes);
    structs.push({ ...element(capKey, 'Caption', cap.structs) });
  }
  flow.push(space(gap.blockGap));
  return { flow, structs };
}

export function layoutChart(chart: Chart, ctx: BlockContext, key: string): BlockResult {
  const capKey = `${key}/cap`;
  const title = setText([{ text: chart.title, font: 'bold', color: colors.text }], ctx.env.cache, {
    x: ctx.x,
    width: ctx.width,
    size: type.caption.size + 0.5,
    leading: type.caption.leading,
    tag: { key: capKey, role: 'Caption' },
    keep: 'all',
  });
  for (const b of title.boxes) b.keepWithNext = true;
  // The chart module knows what its chart needs at this width (rows, legend lines, plot).
  const height = chartHeight(chart, ctx.width);
  const box: Box = {
    kind: 'box',
    height,
    items: [
      {
        type: 'chart',
        x: ctx.x,
        y: 0,
        width: ctx.width,
        height,
        chart,
        tag: { struct: key, role: 'Figure' },
      },
    ],
  };
  return {
    flow: [space(gap.blockGap), ...title.boxes, space(gap.captionGap), box, space(gap.blockGap)],
    structs: [
      { key: capKey, role: 'Caption', children: [] },
      { key, role: 'Figure', alt: chart.alt, children: [] },
    ],
  };
}

/**
 * Place and date, then a signature line with name, role and organisation per signer, two per row. The
 * boxes are chained with keepWithNext, so the block moves to the next page whole; a row taller than half
 * a page (a very long name) is cut into one box per line, so it breaks between lines instead of running
 * off the page.
 */
export function layoutSignature(sig: Signature, ctx: BlockContext, key: string): BlockResult {
  const cache = ctx.env.cache;
  const size = type.body.size;
  const tag = { key, role: 'P' };
  // A signer not decided yet («Ikke avklart») is marked as every open value is, never plain words.
  const run = (text: string, font: 'regular' | 'bold') =>
    text === UNRESOLVED_TEXT
      ? { text, font: 'boldItalic' as const, color: colors.unresolvedText, unresolved: true }
      : { text, font, color: colors.text };
  const set = (text: string, font: 'regular' | 'bold', x: number, width: number): Box[] =>
    setText([run(text, font)], cache, {
      x,
      width,
      size,
      leading: type.body.leading,
      tag,
      keep: 'all',
      // The lines are one paragraph for a reader: each ends with a space in copied text.
      spaceAfter: true,
    }).boxes;
  const boxes: Box[] = set(`${sig.place}, ${sig.date}`, 'regular', ctx.x, ctx.width).map((b) => ({
    kind: 'box',
    height: b.height,
    items: b.items,
  }));
  const colWidth = Math.min(220, (ctx.width - 24) / 2);
  const signatureSpace = 40;
  for (let i = 0; i < sig.signers.length; i += 2) {
    const cols = sig.signers.slice(i, i + 2).map((s, j) => {
      const x = ctx.x + j * (colWidth + 24);
      const lines = [
        ...set(s.name, 'bold', x, colWidth),
        ...(s.role ? set(s.role, 'regular', x, colWidth) : []),
        ...(s.organisation ? set(s.organisation, 'regular', x, colWidth) : []),
      ];
      return { x, lines };
    });
    const rule = (x: number): Item => ({
      type: 'line',
      x1: x,
      y1: signatureSpace,
      x2: x + colWidth,
      y2: signatureSpace,
      color: colors.ruleStrong,
      width: 0.6,
      tag: { artifact: true },
    });
    const top = signatureSpace + 3;
    const colHeight = (c: (typeof cols)[number]) => c.lines.reduce((h, b) => h + b.height, 0);
    const rowHeight = Math.max(...cols.map(colHeight));
    if (top + rowHeight <= ctx.env.bodyHeight / 2) {
      // The usual case: one box, each signer's lines in reading order.
      const items: Item[] = [];
      for (const c of cols) {
        items.push(rule(c.x));
        let y = top;
        for (const b of c.lines) {
          for (const it of b.items) items.push(shiftItem(it, 0, y));
          y += b.height;
        }
      }
      boxes.push({ kind: 'box', height: top + rowHeight, items });
      continue;
    }
    // A row taller than half a page: one box per line (both columns), which pages can break between.
    const n = Math.max(1, ...cols.map((c) => c.lines.length));
    for (let k = 0; k < n; k++) {
      const items: Item[] = k === 0 ? cols.map((c) => rule(c.x)) : [];
      const shift = k === 0 ? top : 0;
      let height = 0;
      for (const c of cols) {
        const line = c.lines[k];
        if (!line) continue;
        for (const it of line.items) items.push(shiftItem(it, 0, shift));
        height = Math.max(height, line.height);
      }
      boxes.push({ kind: 'box', height: shift + height, items });
    }
  }
  if (boxes.length === 0) boxes.push({ kind: 'box', height: size * type.body.leading, items: [] });
  boxes.forEach((b, i) => (b.keepWithNext = i < boxes.length - 1));
  return { flow: [space(gap.blockGap * 2), ...boxes, space(gap.blockGap)], structs: [element(key, 'P')] };
}
