/**
 * Sets a run of inline text as lines: one box per line, with text items per run piece, link areas
 * with an underline, and a tinted box behind «Ikke avklart». Paragraph lines carry widow and orphan
 * control through `keepWithNext`.
 */
import { stripSoftHyphens, type WidthCache } from './measure-cache.js';
import { breakLines, makeParagraph, runAt, type Line, type Paragraph } from './line-break.js';
import type { Run } from './inline-runs.js';
import { colors } from './style.js';
import type { Align } from '../tree/types.js';
import type { Box } from './flow.js';
import type { Item, ItemTag, TextItem } from './types.js';

export interface TextBlockOptions {
  x: number;
  width: number;
  size: number;
  /** Line height as a factor of the size. */
  leading: number;
  /** Structure element of the text (its key and role, e.g. P, H1, TD). */
  tag: { key: string; role: string };
  align?: Align;
  /** 'paragraph': no single line alone at a page's top or bottom; 'all': lines never split. */
  keep?: 'paragraph' | 'all' | 'none';
  /** Hyphenate words at line ends (default true; headings and titles do not). */
  hyphenate?: boolean;
  /**
   * The text is followed by other text on the same line (a label before its value): the last line ends
   * with an invisible space, so copied text keeps the two words apart.
   */
  spaceAfter?: boolean;
}

const ARTIFACT: ItemTag = { artifact: true };

export interface SetText {
  boxes: Box[];
  /** Widest line, for table column widths. */
  maxLineWidth: number;
  /** Width of the last line (a table of contents entry draws its leader after it). */
  lastLineWidth: number;
  height: number;
}

export function setText(runs: Run[], cache: WidthCache, o: TextBlockOptions): SetText {
  const p = makeParagraph(runs, o.size);
  const lines = breakLines(p, o.width, cache, o.hyphenate ?? true);
  const font = runs[0]?.font ?? 'regular';
  const ascent = cache.ascent(font, o.size);
  const descent = cache.descent(font, o.size);
  const lineHeight = Math.max(o.size * o.leading, ascent + descent);
  const baseline = (lineHeight - ascent - descent) / 2 + ascent;
  const boxes: Box[] = [];
  let maxLineWidth = 0;
  lines.forEach((line, i) => {
    maxLineWidth = Math.max(maxLineWidth, line.width);
    const last = i === lines.length - 1;
    const items = lineItems(p, line, cache, o, baseline, lineHeight, ascent, descent, last);
    boxes.push({ kind: 'box', height: lineHeight, items, baseline });
  });
  const n = boxes.length;
  const keep = o.keep ?? 'paragraph';
  for (let i = 0; i < n - 1; i++) {
    const box = boxes[i]!;
    if (keep === 'all') box.keepWithNext = true;
    // Orphan: the first line never alone at a page's bottom; widow: the last never alone at the top.
    else if (keep === 'paragraph' && (i === 0 || i === n - 2)) box.keepWithNext = true;
  }
  const lastLineWidth = lines.length > 0 ? lines[lines.length - 1]!.width : 0;
  return { boxes, maxLineWidth, lastLineWidth, height: n * lineHeight };
}

function lineItems(
  p: Paragraph,
  line: Line,
  cache: WidthCache,
  o: TextBlockOptions,
  baseline: number,
  lineHeight: number,
  ascent: number,
  descent: number,
  lastLine: boolean,
): Item[] {
  const items: Item[] = [];
  const align = o.align ?? 'left';
  let x =
    o.x + (align === 'right' ? o.width - line.width : align === 'center' ? (o.width - line.width) / 2 : 0);
  const last = lastRunIndex(p, line);
  let tints = 0;
  for (let i = runAt(p, line.start); i <= last; i++) {
    const run = p.runs[i]!;
    const rs = p.runStart[i]!;
    const s = Math.max(line.start, rs);
    const e = Math.min(line.end, rs + run.text.length);
    if (e <= s) continue;
    let text = stripSoftHyphens(p.text.slice(s, e));
    if (i === last && line.hyphen) text += '-';
    if (text.length === 0) continue;
    const w = cache.width(text, run.font, p.size);
    const tag: ItemTag = run.key
      ? { struct: run.key, role: run.role ?? 'Span' }
      : { struct: o.tag.key, role: o.tag.role };
    if (run.unresolved) {
      // Tints go first in the line, so they never cover a neighbouring character.
      items.splice(tints++, 0, {
        type: 'rect',
        x: x - 1.5,
        y: baseline - ascent - 0.5,
        width: w + 3,
        height: ascent + descent + 1,
        fill: colors.unresolvedFill,
        tag: ARTIFACT,
      });
    }
    const item: TextItem = {
      type: 'text',
      x,
      y: baseline,
      text,
      font: run.font,
      size: p.size,
      color: run.color,
      tag,
    };
    if (i === last) {
      const end = lineEndKind(p, line, lastLine && !!o.spaceAfter);
      if (end) item.lineEnd = end;
    }
    items.push(item);
    if (run.href) {
      const visible = text.trimEnd();
      const uw = visible.length === text.length ? w : cache.width(visible, run.font, p.size);
      items.push({ type: 'link', x, y: 0, width: uw, height: lineHeight, href: run.href, tag });
      const uy = baseline + Math.max(1, p.size * 0.11);
      items.push({
        type: 'line',
        x1: x,
        y1: uy,
        x2: x + uw,
        y2: uy,
        color: run.color,
        width: 0.5,
        tag: ARTIFACT,
      });
    }
    x += w;
  }
  return items;
}

/**
 * How a line ends for text extraction: with a hyphen the layout drew, at a space or forced break, or
 * (undefined) at the paragraph's end or after a character that is itself a break (an explicit hyphen).
 */
function lineEndKind(p: Paragraph, line: Line, spaceAfter: boolean): TextItem['lineEnd'] {
  if (line.hyphen) return 'hyphen';
  if (line.end >= p.text.length) return spaceAfter ? 'space' : undefined;
  return /\s/.test(p.text[line.end]!) ? 'space' : undefined;
}

function lastRunIndex(p: Paragraph, line: Line): number {
  let i = runAt(p, line.start);
  while (i + 1 < p.runs.length && p.runStart[i + 1]! < line.end) i++;
  return i;
}
