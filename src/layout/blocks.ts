/**
 * Block stage: turns the tree's blocks into a flow of boxes and spaces, and collects the structure
 * elements for tagging. Each block kind has one handler; tables and media live in their own files.
 */
import {
  assertNever,
  inlineText,
  type Block,
  type Callout,
  type Heading,
  type Inline,
  type List,
} from '../tree/types.js';
import { firstBox, space, type BlockContext, type Box, type FlowEl, type Frame } from './flow.js';
import { flattenInlines, type InlineStruct } from './inline-runs.js';
import { memoBlock } from './block-memo.js';
import { layoutChart, layoutImage, layoutSignature } from './media.js';
import { colors, space as gap, type } from './style.js';
import { layoutTable } from './table.js';
import { setText } from './text-block.js';
import type { StructElement } from './types.js';

export interface BlockResult {
  flow: FlowEl[];
  structs: StructElement[];
}

/**
 * Lays out `blocks` in order; `prefix` is the structure key of their parent ('' at the top level).
 * With `memo`, each block's layout may come from an earlier one (block-memo.ts): only for blocks whose
 * flow nobody changes afterwards (the top level and sections' children, not list items or callouts).
 */
export function layoutBlocks(blocks: Block[], ctx: BlockContext, prefix: string, memo = false): BlockResult {
  const flow: FlowEl[] = [];
  const structs: StructElement[] = [];
  blocks.forEach((block, i) => {
    const key = prefix ? `${prefix}/${i}` : `b${i}`;
    const r =
      memo && block.type !== 'section'
        ? memoBlock(block, ctx, key, () => layoutBlock(block, ctx, key))
        : layoutBlock(block, ctx, key, memo);
    for (const el of r.flow) flow.push(el);
    for (const s of r.structs) structs.push(s);
  });
  return { flow, structs };
}

function layoutBlock(block: Block, ctx: BlockContext, key: string, memo = false): BlockResult {
  switch (block.type) {
    case 'heading':
      return layoutHeading(block, ctx, key);
    case 'paragraph': {
      const { runs, structs } = flattenInlines(block.children, key);
      const set = setText(runs, ctx.env.cache, {
        x: ctx.x,
        width: ctx.width,
        size: type.body.size,
        leading: type.body.leading,
        tag: { key, role: 'P' },
        ...(leadIn(block.children) ? { keep: 'all' as const } : {}),
      });
      // A short lead-in (all bold, or ending in a colon) stays with what follows.
      const last = set.boxes[set.boxes.length - 1];
      if (last && leadIn(block.children)) last.keepWithNext = true;
      return { flow: [...set.boxes, space(gap.paragraph)], structs: [element(key, 'P', structs)] };
    }
    case 'list':
      return layoutList(block, ctx, key);
    case 'table':
      return layoutTable(block, ctx, key);
    case 'image':
      return layoutImage(block, ctx, key);
    case 'chart':
      return layoutChart(block, ctx, key);
    case 'signature':
      return layoutSignature(block, ctx, key);
    case 'pageBreak':
      return { flow: [{ kind: 'break' }], structs: [] };
    case 'callout':
      return layoutCallout(block, ctx, key);
    case 'section': {
      // A section's flow is its children's, unchanged: they may come from the memo too.
      const body = layoutBlocks(block.children, ctx, key, memo);
      return { flow: body.flow, structs: [{ key, role: 'Sect', children: body.structs }] };
    }
    default:
      return assertNever(block);
  }
}

/**
 * True for a short paragraph that introduces the next block: its text all bold (a title over a table or
 * list), or ending in a colon («Behandlinger og vedtak i prosessen:»).
 */
function leadIn(children: Inline[]): boolean {
  const visible = children.filter((c) => !(c.type === 'text' && c.text.trim() === ''));
  const text = inlineText(children);
  if (visible.length === 0 || text.length > 200) return false;
  return (visible.every((c) => c.type === 'strong') && text.length <= 120) || text.trimEnd().endsWith(':');
}

/** A structure element with the link and span elements found in its inline content. */
export function element(key: string, role: string, inline: InlineStruct[] = []): StructElement {
  return {
    key,
    role,
    children: inline.map((s) => ({
      key: s.key,
      role: s.role,
      children: [],
      ...(s.lang ? { lang: s.lang } : {}),
      ...(s.href ? { href: s.href } : {}),
    })),
  };
}

/**
 * The structure type of a heading: the document title is H1 (the title block), so the tree's sections
 * are H2 and their subsections H3 and H4; levels nest without a skip.
 */
export function headingRole(level: 1 | 2 | 3): string {
  return `H${level + 1}`;
}

function layoutHeading(h: Heading, ctx: BlockContext, key: string): BlockResult {
  const t = h.level === 1 ? type.h1 : h.level === 2 ? type.h2 : type.h3;
  const { runs, structs } = flattenInlines(h.children, key, {
    bold: true,
    italic: false,
    color: colors.heading,
  });
  const set = setText(runs, ctx.env.cache, {
    x: ctx.x,
    width: ctx.width,
    size: t.size,
    leading: t.leading,
    tag: { key, role: headingRole(h.level) },
    keep: 'all',
    hyphenate: false,
  });
  const first = set.boxes[0];
  if (first) first.anchor = { id: h.id, title: inlineText(h.children), level: h.level };
  // A heading stays with the block after it.
  const last = set.boxes[set.boxes.length - 1];
  if (last) last.keepWithNext = true;
  return {
    flow: [space(t.before), ...set.boxes, space(t.after)],
    structs: [element(key, headingRole(h.level), structs)],
  };
}

const BULLETS = ['•', '–', '•'];

function layoutList(list: List, ctx: BlockContext, key: string): BlockResult {
  const cache = ctx.env.cache;
  const size = type.body.size;
  const flow: FlowEl[] = [];
  const items: StructElement[] = [];
  // Numbers are right-aligned against a common edge; the widest one widens the indent if needed.
  const labels = list.items.map((_, i) =>
    list.ordered ? `${list.start + i}.` : (BULLETS[Math.min(ctx.listDepth, BULLETS.length - 1)] ?? '•'),
  );
  const widest = Math.max(0, ...labels.map((l) => cache.width(l, 'regular', size)));
  const indent = Math.max(gap.listIndent, widest + 6);
  const inner: BlockContext = {
    ...ctx,
    x: ctx.x + indent,
    width: ctx.width - indent,
    listDepth: ctx.listDepth + 1,
  };
  list.items.forEach((item, i) => {
    const itemKey = `${key}/i${i}`;
    const body = layoutBlocks(item.children, inner, `${itemKey}/body`);
    // The last paragraph's space becomes the gap between items; inside an item, blocks sit closer.
    while (body.flow.length && body.flow[body.flow.length - 1]!.kind === 'space') body.flow.pop();
    body.flow = body.flow.map((el) => (el.kind === 'space' && el.height > 4 ? space(4) : el));
    let first = firstBox(body.flow);
    if (!first) {
      first = { kind: 'box', height: size * type.body.leading, items: [], baseline: size };
      body.flow.push(first);
    }
    const label = labels[i]!;
    const lw = cache.width(label, 'regular', size);
    const lx = list.ordered ? ctx.x + indent - 5 - lw : ctx.x + (indent - lw) / 2 - 2;
    const baseline = first.baseline ?? cache.ascent('regular', size);
    first.items.unshift({
      type: 'text',
      x: lx,
      y: baseline,
      text: label,
      font: 'regular',
      size,
      color: colors.text,
      tag: { struct: `${itemKey}/lbl`, role: 'Lbl' },
    });
    if (i > 0) flow.push(space(gap.listItem));
    for (const el of body.flow) flow.push(el);
    items.push({
      key: itemKey,
      role: 'LI',
      children: [
        { key: `${itemKey}/lbl`, role: 'Lbl', children: [] },
        { key: `${itemKey}/body`, role: 'LBody', children: body.structs },
      ],
    });
  });
  flow.push(space(ctx.listDepth > 0 ? gap.listItem : gap.list));
  return { flow, structs: [{ key, role: 'L', children: items }] };
}

function layoutCallout(c: Callout, ctx: BlockContext, key: string): BlockResult {
  const pad = gap.calloutPad;
  const style = colors.callout[c.kind];
  const x = ctx.x;
  const width = ctx.width;
  const frame: Frame = {
    draw: (top, bottom) => [
      { type: 'rect', x, y: top, width, height: bottom - top, fill: style.fill, tag: { artifact: true } },
      {
        type: 'rect',
        x,
        y: top,
        width: gap.calloutRule,
        height: bottom - top,
        fill: style.rule,
        tag: { artifact: true },
      },
    ],
  };
  const inner: BlockContext = {
    ...ctx,
    x: x + gap.calloutRule + pad,
    width: width - gap.calloutRule - 2 * pad,
  };
  const body = layoutBlocks(c.children, inner, key);
  while (body.flow.length && body.flow[body.flow.length - 1]!.kind === 'space') body.flow.pop();
  const padBox = (): Box => ({ kind: 'box', height: pad, items: [] });
  const top = padBox();
  top.keepWithNext = true;
  const bottom = padBox();
  const last = body.flow.length ? body.flow[body.flow.length - 1] : undefined;
  if (last && last.kind === 'box') last.keepWithNext = true;
  const flow: FlowEl[] = [space(gap.blockGap / 2), top, ...body.flow, bottom, space(gap.blockGap)];
  for (const el of flow) if (el.kind === 'box') el.frames = [frame, ...(el.frames ?? [])];
  return { flow, structs: [{ key, role: 'Div', children: body.structs }] };
}
