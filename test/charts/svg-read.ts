/**
 * Reading a chart's SVG back for tests: its elements in document order (strict XML parser), and the
 * look of a filled rectangle — its fill, outline and the kinds of marks drawn inside it — so a legend
 * swatch can be compared with the bar segments it explains.
 */
import { createRequire } from 'node:module';
import type { SourceKey } from '../../src/charts/financing-data.js';
import type { FinancingChartData } from '../../src/tree/types.js';

interface SaxParser {
  onerror: (e: Error) => void;
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
  ontext: (t: string) => void;
  onclosetag: (name: string) => void;
  write(s: string): SaxParser;
  close(): void;
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };

export interface SvgEl {
  name: string;
  attrs: Record<string, string>;
  /** Text content (text elements). */
  text: string;
}

export function readSvg(svg: string): SvgEl[] {
  const p = sax.parser(true);
  const els: SvgEl[] = [];
  let open: SvgEl | null = null;
  p.onerror = (e) => {
    throw e;
  };
  p.onopentag = (tag) => {
    const el = { name: tag.name, attrs: tag.attributes, text: '' };
    els.push(el);
    open = el;
  };
  p.onclosetag = () => {
    open = null;
  };
  p.ontext = (t) => {
    if (open?.name === 'text') open.text += t;
  };
  p.write(svg).close();
  // The root and the white background are not part of the chart.
  return els.slice(2);
}

const num = (el: SvgEl, a: string) => Number(el.attrs[a]);

export interface RectBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function rectOf(el: SvgEl): RectBounds {
  return { x: num(el, 'x'), y: num(el, 'y'), width: num(el, 'width'), height: num(el, 'height') };
}

function inside(el: SvgEl, r: RectBounds, eps = 0.02): boolean {
  const within = (x: number, y: number) =>
    x >= r.x - eps && x <= r.x + r.width + eps && y >= r.y - eps && y <= r.y + r.height + eps;
  if (el.name === 'line') return within(num(el, 'x1'), num(el, 'y1')) && within(num(el, 'x2'), num(el, 'y2'));
  if (el.name === 'rect') {
    const b = rectOf(el);
    return within(b.x, b.y) && within(b.x + b.width, b.y + b.height);
  }
  return false;
}

function sameBounds(a: RectBounds, b: RectBounds): boolean {
  const eq = (u: number, v: number) => Math.abs(u - v) < 0.02;
  return eq(a.x, b.x) && eq(a.y, b.y) && eq(a.width, b.width) && eq(a.height, b.height);
}

/** What a mark is: a line's colour, direction and dash, or a square's colour and size. */
function markKind(el: SvgEl): string {
  if (el.name === 'rect') return `square ${el.attrs.fill} ${el.attrs.width}`;
  const dx = num(el, 'x2') - num(el, 'x1');
  const dy = num(el, 'y2') - num(el, 'y1');
  const dir =
    Math.abs(dy) < 0.01
      ? 'horizontal'
      : Math.abs(dx) < 0.01
        ? 'vertical'
        : dy / dx < 0
          ? 'rising'
          : 'falling';
  return `line ${el.attrs.stroke} ${dir}${el.attrs['stroke-dasharray'] ? ' dashed' : ''}`;
}

export interface Look {
  bounds: RectBounds;
  fill: string;
  /** Colour of an outline drawn on the same bounds, or 'none'. */
  outline: string;
  /** Kinds of marks inside, sorted and without repeats. */
  marks: string[];
  /** Index of the next element after this look. */
  end: number;
}

/**
 * The look starting at the filled rectangle `els[i]`: the marks that follow it in document order while
 * they lie inside it, and an outline on the same bounds right after them.
 */
export function lookAt(els: SvgEl[], i: number): Look {
  const base = els[i]!;
  const bounds = rectOf(base);
  const marks = new Set<string>();
  let j = i + 1;
  let outline = 'none';
  for (; j < els.length; j++) {
    const el = els[j]!;
    if (el.name === 'rect' && el.attrs.fill === 'none' && sameBounds(rectOf(el), bounds)) {
      outline = el.attrs.stroke ?? 'none';
      j++;
      break;
    }
    // A line along the top or bottom edge is the white border between stacked segments, not a mark.
    if (el.name === 'line' && num(el, 'y1') === num(el, 'y2')) {
      const y = num(el, 'y1');
      if (Math.abs(y - bounds.y) < 0.02 || Math.abs(y - bounds.y - bounds.height) < 0.02) continue;
    }
    const isMark =
      (el.name === 'line' || (el.name === 'rect' && el.attrs.fill !== 'none' && rectOf(el).width < 2)) &&
      inside(el, bounds);
    if (!isMark) break;
    marks.add(markKind(el));
  }
  return { bounds, fill: base.attrs.fill!, outline, marks: [...marks].sort(), end: j };
}

/** A look as one comparable string. */
export function lookKey(l: Pick<Look, 'fill' | 'outline' | 'marks'>): string {
  return `${l.fill} | ${l.outline} | ${l.marks.join(', ')}`;
}

export interface FinancingRead {
  els: SvgEl[];
  legend: { label: string; look: Look; x: number; y: number }[];
  /** Segments per bar from the bottom up. */
  stacks: Look[][];
}

/**
 * The financing chart's SVG read back: the legend entries with these labels (and «Anslag (spenn)») with
 * the look of their swatches, and the bar segments, per bar from the bottom up.
 */
export function readFinancingSvg(svg: string, keyLabels: string[]): FinancingRead {
  const els = readSvg(svg);
  const labels = new Set([...keyLabels, 'Anslag (spenn)']);
  const axis = els.find(
    (e) => e.name === 'line' && e.attrs.stroke === '#595959' && e.attrs['stroke-width'] === '0.75',
  )!;
  const axisY = Number(axis.attrs.y1);
  const legend: FinancingRead['legend'] = [];
  const segments: Look[] = [];
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (el.name === 'text' && labels.has(el.text)) {
      // The swatch is what was drawn just before the label, left of it on its row: the first is the base.
      const tx = Number(el.attrs.x);
      const ty = Number(el.attrs.y);
      const near = (e: SvgEl) => {
        if (e.name !== 'rect' && e.name !== 'line') return false;
        const x = Number(e.attrs.x ?? e.attrs.x1);
        const y = Number(e.attrs.y ?? e.attrs.y1);
        return x >= tx - 20 && x < tx && y >= ty - 12 && y <= ty + 4;
      };
      let start = i - 1;
      while (start > 0 && near(els[start - 1]!)) start--;
      const first = els[start]!;
      const look =
        first.attrs.fill !== 'none'
          ? lookAt(els, start)
          : { bounds: rectOf(first), fill: 'none', outline: first.attrs.stroke!, marks: [], end: i };
      legend.push({ label: el.text, look, x: Number(el.attrs.x), y: Number(el.attrs.y) });
    }
    if (el.name === 'rect' && el.attrs.fill !== 'none' && !el.attrs.stroke) {
      const r = rectOf(el);
      if (r.y + r.height <= axisY + 0.05 && r.width > 5) {
        const look = lookAt(els, i);
        segments.push(look);
        i = look.end - 1;
      }
    }
  }
  const xs = [...new Set(segments.map((s) => s.bounds.x))].sort((a, b) => a - b);
  const stacks = xs.map((x) =>
    segments.filter((s) => s.bounds.x === x).sort((a, b) => b.bounds.y - a.bounds.y),
  );
  return { els, legend, stacks };
}

/** The keys each bar stacks from the bottom: those with an amount above 0, in the order of the keys. */
export function expectedStacks(data: FinancingChartData, keys: SourceKey[]): SourceKey[][] {
  return data.bars
    .map((bar) =>
      keys.filter((k) =>
        bar.segments.some(
          (s) => s.source === k.source && s.form === k.form && (s.range?.low ?? s.amount ?? 0) > 0,
        ),
      ),
    )
    .filter((stack) => stack.length > 0);
}
