/**
 * Text drawn as glyph outlines: filled paths instead of text operators. Used for the «UTKAST» watermark,
 * so that copying, searching and reading aloud never find its letters; it is still an artifact.
 * The glyphs are the ones the shared shaping function picks, so the outlines match what text would draw.
 */
import { shapeText } from '../../fonts/shape.js';
import type { TextItem } from '../../layout/types.js';
import { fillColor, num } from './operators.js';
import type { Resources } from './resources.js';

/**
 * Content-stream operators for `item` as filled outlines (empty when it has no visible glyph). The
 * outlines are a form XObject painted once per document and placed on each page.
 */
export function paintOutlines(item: TextItem, H: number, res: Resources): string {
  const key = `outline:${item.font}:${item.size}:${item.text}`;
  // Shaped and traced once per process: the watermark is the same on every page of every document.
  let form = forms.get(key);
  if (form === undefined && !forms.has(key)) forms.set(key, (form = outlineForm(item)));
  if (!form) return '';
  const found = form;
  const name = res.form(key, () => found);
  const a = ((item.rotate ?? 0) * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const out = ['q'];
  if (item.opacity !== undefined && item.opacity < 1) out.push(`/${res.opacity(item.opacity)} gs`);
  out.push(fillColor(item.color));
  out.push(`${num(c)} ${num(s)} ${num(-s)} ${num(c)} ${num(item.x)} ${num(H - item.y)} cm`);
  out.push(`/${name} Do`, 'Q');
  return out.join('\n');
}

/** Outline forms by font, size and text (a handful: the watermark's). */
const forms = new Map<string, { content: string; bbox: number[] } | undefined>();

/** The glyph outlines of the item's text at its size, from the baseline's left end, and their box. */
function outlineForm(item: TextItem): { content: string; bbox: number[] } | undefined {
  const { runs } = shapeText(item.text, item.font);
  const paths: string[] = [];
  let pen = 0;
  let top = 0;
  let bottom = 0;
  for (const run of runs) {
    const scale = item.size / run.face.unitsPerEm;
    for (const gid of run.glyphs) {
      const glyph = run.face.font.getGlyph(gid);
      if (!glyph) continue;
      const ops = glyphPath(glyph.path.commands, pen, scale);
      if (ops) paths.push(ops);
      pen += run.face.advance(gid) * scale;
      top = Math.max(top, run.face.font.ascent * scale);
      bottom = Math.min(bottom, run.face.font.descent * scale);
    }
  }
  if (paths.length === 0) return undefined;
  return { content: paths.join('\n'), bbox: [0, bottom, pen, top].map((n) => Math.round(n * 100) / 100) };
}

interface Command {
  command: string;
  args: number[];
}

/** One glyph's outline as path operators, moved right by `dx` points and scaled to points, then filled. */
function glyphPath(commands: Command[], dx: number, scale: number): string {
  const parts: string[] = [];
  let cx = 0;
  let cy = 0;
  const pt = (x: number, y: number): string => `${num(dx + x * scale)} ${num(y * scale)}`;
  for (const { command, args } of commands) {
    switch (command) {
      case 'moveTo':
        parts.push(`${pt(args[0]!, args[1]!)} m`);
        [cx, cy] = [args[0]!, args[1]!];
        break;
      case 'lineTo':
        parts.push(`${pt(args[0]!, args[1]!)} l`);
        [cx, cy] = [args[0]!, args[1]!];
        break;
      case 'quadraticCurveTo': {
        // A quadratic Bézier as the cubic with control points 2/3 of the way to the quadratic one.
        const [qx, qy, x, y] = args as [number, number, number, number];
        const c1 = pt(cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy));
        const c2 = pt(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y));
        parts.push(`${c1} ${c2} ${pt(x, y)} c`);
        [cx, cy] = [x, y];
        break;
      }
      case 'bezierCurveTo': {
        const [x1, y1, x2, y2, x, y] = args as [number, number, number, number, number, number];
        parts.push(`${pt(x1, y1)} ${pt(x2, y2)} ${pt(x, y)} c`);
        [cx, cy] = [x, y];
        break;
      }
      case 'closePath':
        parts.push('h');
        break;
    }
  }
  return parts.length > 0 ? parts.join(' ') + ' f' : '';
}
