/**
 * Paints the items of one laid-out page into a content stream (as text). Layout coordinates have their
 * origin at the top-left corner with y downwards; PDF's at the bottom-left with y upwards.
 *
 * Every tagged item is wrapped in marked content, ready for a structure tree (tagged PDF): page furniture
 * as /Artifact, content as /<role> <</MCID n>> BDC … EMC. Consecutive items of the same structure element
 * share one marked-content sequence.
 */
import type {
  ImageItem,
  Item,
  ItemTag,
  LaidOutPage,
  LineItem,
  LinkItem,
  PolygonItem,
  RectItem,
  TextItem,
} from '../../layout/types.js';
import { assertNever } from '../../tree/types.js';
import { shapeText, type ShapedRun } from '../../fonts/shape.js';
import { paintOutlines } from './outlines.js';
import { dashPattern, fillColor, num, paintOp, pdfName, strokeColor } from './operators.js';
import type { Resources } from './resources.js';

/** One marked-content sequence with an MCID: which structure element it belongs to. */
export interface MarkedSequence {
  mcid: number;
  struct: string;
  role: string;
}

export interface PaintedPage {
  content: string;
  links: LinkItem[];
  marked: MarkedSequence[];
}

const PLACEHOLDER = { r: 0.6, g: 0.6, b: 0.6 };

/** Paints one page. Characters no font has are added to `missing`. */
export function paintPage(page: LaidOutPage, res: Resources, missing: Set<string>): PaintedPage {
  const out: string[] = [];
  const links: LinkItem[] = [];
  const marked: MarkedSequence[] = [];
  const H = page.height;
  let open: ItemTag | undefined;
  // Fill colour and font outside any q…Q pair, so repeated settings can be left out.
  const state: TextState = { fill: '', font: '' };

  const switchTag = (tag: ItemTag | undefined): void => {
    if (sameTag(open, tag)) return;
    if (open) out.push('EMC');
    open = tag;
    if (!tag) return;
    if (tag.artifact) out.push('/Artifact BMC');
    else {
      const mcid = marked.length;
      marked.push({ mcid, struct: tag.struct, role: tag.role });
      out.push(`/${pdfName(tag.role)} <</MCID ${mcid}>> BDC`);
    }
  };

  for (const item of paintingOrder(page.items)) {
    if (item.type === 'link') {
      links.push(item);
      continue;
    }
    const ops = paintItem(item, H, res, missing, state);
    if (ops.length === 0) continue;
    switchTag(item.tag);
    out.push(ops);
  }
  switchTag(undefined);
  return { content: out.join('\n') + '\n', links, marked };
}

/**
 * Artifact shapes first (the watermark, rules and backgrounds lie under the text), then the content,
 * then artifact text (running header, footer, a repeated table header row), each in the layout's order.
 * Text tools that read the content stream in order then find the body before «Side N av M».
 */
function paintingOrder(items: Item[]): Item[] {
  const under: Item[] = [];
  const content: Item[] = [];
  const over: Item[] = [];
  for (const i of items) {
    if (!i.tag?.artifact) content.push(i);
    else if (i.type === 'text' && !i.outlines) over.push(i);
    else under.push(i);
  }
  return under.length + over.length === 0 ? items : [...under, ...content, ...over];
}

function sameTag(a: ItemTag | undefined, b: ItemTag | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.artifact || b.artifact) return !!a.artifact && !!b.artifact;
  return a.struct === b.struct && a.role === b.role;
}

/** Graphics state that text painting sets and later text can reuse. */
interface TextState {
  fill: string;
  font: string;
}

function paintItem(item: Item, H: number, res: Resources, missing: Set<string>, state: TextState): string {
  switch (item.type) {
    case 'text':
      return item.outlines ? paintOutlines(item, H, res) : paintText(item, H, res, missing, state);
    case 'rect':
      return paintRect(item, H, res);
    case 'line':
      return paintLine(item, H);
    case 'polygon':
      return paintPolygon(item, H);
    case 'image':
      return paintImage(item, H, res);
    case 'link':
      return '';
    case 'chart':
      // Charts are expanded into primitives before painting (chart-hook.ts).
      return '';
    default:
      return assertNever(item);
  }
}

function paintText(
  item: TextItem,
  H: number,
  res: Resources,
  missing: Set<string>,
  state: TextState,
): string {
  // A space at a line's end is invisible but keeps the words apart in copied and extracted text.
  const { runs, missing: lacking } = shapeText(
    item.lineEnd === 'space' ? item.text + ' ' : item.text,
    item.font,
  );
  for (const ch of lacking) missing.add(ch);
  if (runs.length === 0) return '';
  const alpha = item.opacity !== undefined && item.opacity < 1;
  // Inside q…Q the settings are discarded at Q: work on a copy of the state.
  const st = alpha ? { ...state } : state;
  let out = alpha ? `q /${res.opacity(item.opacity!)} gs\nBT\n` : 'BT\n';
  const fill = fillColor(item.color);
  if (fill !== st.fill) {
    out += fill + '\n';
    st.fill = fill;
  }
  const Y = H - item.y;
  if (item.rotate) {
    const a = (item.rotate * Math.PI) / 180;
    const c = Math.cos(a);
    const s = Math.sin(a);
    out += `${num(c)} ${num(s)} ${num(-s)} ${num(c)} ${num(item.x)} ${num(Y)} Tm\n`;
  } else {
    out += `1 0 0 1 ${num(item.x)} ${num(Y)} Tm\n`;
  }
  const size = num(item.size);
  const pieces =
    item.lineEnd === 'hyphen' ? splitLastGlyph(runs) : runs.map((run) => ({ run, hyphen: false }));
  for (const { run } of pieces) {
    const font = res.font(run);
    const tf = `/${font.name} ${size} Tf`;
    if (tf !== st.font) {
      out += tf + ' ';
      st.font = tf;
    }
    out += `(${font.encode(run)}) Tj\n`;
  }
  out += alpha ? 'ET\nQ' : 'ET';
  return out;
}

/** The runs with the last glyph (the line-break hyphen) split off into a run of its own. */
function splitLastGlyph(runs: ShapedRun[]): { run: ShapedRun; hyphen: boolean }[] {
  const out = runs.slice(0, -1).map((run) => ({ run, hyphen: false }));
  const last = runs[runs.length - 1]!;
  const n = last.glyphs.length;
  const part = (a: number, b: number): ShapedRun => ({
    face: last.face,
    glyphs: last.glyphs.slice(a, b),
    codePoints: last.codePoints.slice(a, b),
    advance: 0,
  });
  if (n > 1) out.push({ run: part(0, n - 1), hyphen: false });
  // The hyphen the layout added at a line break is copied out as a soft hyphen (U+00AD), which text
  // tools drop when they join the lines, so copied text and screen readers get the whole word.
  out.push({ run: { ...part(n - 1, n), codePoints: [0xad] }, hyphen: true });
  return out;
}

function strokeState(lineWidth: number | undefined, dash: number[] | undefined): string[] {
  const parts: string[] = [];
  if (lineWidth !== undefined) parts.push(`${num(lineWidth)} w`);
  const d = dashPattern(dash);
  if (d) parts.push(d);
  return parts;
}

function paintRect(item: RectItem, H: number, res: Resources): string {
  if (!item.fill && !item.stroke) return '';
  const parts = ['q'];
  if (item.opacity !== undefined && item.opacity < 1) parts.push(`/${res.opacity(item.opacity)} gs`);
  if (item.fill) parts.push(fillColor(item.fill));
  if (item.stroke) parts.push(strokeColor(item.stroke), ...strokeState(item.lineWidth ?? 1, item.dash));
  parts.push(`${num(item.x)} ${num(H - item.y - item.height)} ${num(item.width)} ${num(item.height)} re`);
  parts.push(paintOp(!!item.fill, !!item.stroke), 'Q');
  return parts.join('\n');
}

function paintLine(item: LineItem, H: number): string {
  return [
    'q',
    strokeColor(item.color),
    ...strokeState(item.width, item.dash),
    `${num(item.x1)} ${num(H - item.y1)} m ${num(item.x2)} ${num(H - item.y2)} l S`,
    'Q',
  ].join('\n');
}

function paintPolygon(item: PolygonItem, H: number): string {
  if (item.points.length < 2 || (!item.fill && !item.stroke)) return '';
  const parts = ['q'];
  if (item.fill) parts.push(fillColor(item.fill));
  if (item.stroke) parts.push(strokeColor(item.stroke), ...strokeState(item.lineWidth ?? 1, item.dash));
  const path = item.points.map((p, i) => `${num(p.x)} ${num(H - p.y)} ${i === 0 ? 'm' : 'l'}`);
  parts.push(path.join(' ') + ' h', paintOp(!!item.fill, !!item.stroke), 'Q');
  return parts.join('\n');
}

function paintImage(item: ImageItem, H: number, res: Resources): string {
  const Y = H - item.y - item.height;
  const img = res.image(item.src);
  if (!img) {
    // The image could not be read (reported as a diagnostic): a crossed frame keeps the space visible.
    const x2 = item.x + item.width;
    return [
      'q',
      strokeColor(PLACEHOLDER),
      '0.75 w',
      `${num(item.x)} ${num(Y)} ${num(item.width)} ${num(item.height)} re S`,
      `${num(item.x)} ${num(Y)} m ${num(x2)} ${num(Y + item.height)} l S`,
      `${num(item.x)} ${num(Y + item.height)} m ${num(x2)} ${num(Y)} l S`,
      'Q',
    ].join('\n');
  }
  return `q\n${num(item.width)} 0 0 ${num(item.height)} ${num(item.x)} ${num(Y)} cm\n/${img.name} Do\nQ`;
}
