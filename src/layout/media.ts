/**
 * Images (scaled to fit, alt text kept), chart boxes (space the chart module fills) and the signature
 * block (kept together).
 */
import { chartHeight } from '../charts/draw-chart.js';
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

/** Place and date, then a signature line with name, role and organisation per signer, two per row. */
export function layoutSignature(sig: Signature, ctx: BlockContext, key: string): BlockResult {
  const cache = ctx.env.cache;
  const size = type.body.size;
  const lh = size * type.body.leading;
  const tag = { key, role: 'P' };
  const items: Item[] = [];
  const place = setText([{ text: `${sig.place}, ${sig.date}`, font: 'regular', color: colors.text }], cache, {
    x: ctx.x,
    width: ctx.width,
    size,
    leading: type.body.leading,
    tag,
    keep: 'all',
  });
  let y = 0;
  for (const b of place.boxes) {
    for (const it of b.items) items.push(shiftItem(it, 0, y));
    y += b.height;
  }
  const colWidth = Math.min(220, (ctx.width - 24) / 2);
  const signatureSpace = 40;
  for (let i = 0; i < sig.signers.length; i += 2) {
    y += signatureSpace;
    let rowHeight = 0;
    for (let j = i; j < Math.min(i + 2, sig.signers.length); j++) {
      const s = sig.signers[j]!;
      const x = ctx.x + (j - i) * (colWidth + 24);
      items.push({
        type: 'line',
        x1: x,
        y1: y,
        x2: x + colWidth,
        y2: y,
        color: colors.ruleStrong,
        width: 0.6,
        tag: { artifact: true },
      });
      const lines = [
        { text: s.name, font: 'bold' as const },
        ...(s.role ? [{ text: s.role, font: 'regular' as const }] : []),
        ...(s.organisation ? [{ text: s.organisation, font: 'regular' as const }] : []),
      ];
      let ly = y + 3;
      for (const l of lines) {
        const set = setText([{ ...l, color: colors.text }], cache, {
          x,
          width: colWidth,
          size,
          leading: type.body.leading,
          tag,
          keep: 'all',
        });
        for (const b of set.boxes) {
          for (const it of b.items) items.push(shiftItem(it, 0, ly));
          ly += b.height;
        }
      }
      rowHeight = Math.max(rowHeight, ly - y);
    }
    y += rowHeight;
  }
  const box: Box = { kind: 'box', height: Math.max(y, lh), items };
  return { flow: [space(gap.blockGap * 2), box, space(gap.blockGap)], structs: [element(key, 'P')] };
}
