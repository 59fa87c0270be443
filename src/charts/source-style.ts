/**
 * How each financing source is drawn: a colour per source and a pattern per source and form, so every
 * source/form pair has its own fill that a legend swatch repeats exactly, and no pair is told apart by
 * colour alone. Cash is the colour solid with white marks; in kind is a light tint of it with marks and
 * outline in the colour. Names of colours and patterns are Norwegian, for the text alternative.
 */
import type { Color, Item } from '../layout/types.js';
import type { FinancingSegment } from '../tree/types.js';
import { hatchLines } from './hatch.js';
import { hex, tint, WHITE } from './style.js';

/** Source colours in order of first appearance, each ≥ 3:1 against white (test/charts/style.test.ts). */
export const SOURCE_PALETTE: readonly { color: Color; name: string }[] = [
  { color: hex('#1b2a49'), name: 'mørk blå' },
  { color: hex('#b0820f'), name: 'oker' },
  { color: hex('#2e7d5b'), name: 'grønn' },
  { color: hex('#8a3b12'), name: 'rustbrun' },
  { color: hex('#7a5195'), name: 'fiolett' },
  { color: hex('#0068a8'), name: 'blå' },
  { color: hex('#c0392b'), name: 'rød' },
  { color: hex('#0b7285'), name: 'petrol' },
  { color: hex('#a62f7d'), name: 'magenta' },
  { color: hex('#595959'), name: 'grå' },
];

export type FinancingForm = FinancingSegment['form'];

export type PatternKind =
  | 'plain'
  | 'rising'
  | 'falling'
  | 'cross'
  | 'horizontal'
  | 'vertical'
  | 'grid'
  | 'dots'
  | 'checker'
  | 'dashes';

export const PATTERN_NAMES: Record<PatternKind, string> = {
  plain: 'uten mønster',
  rising: 'stigende skråstriper',
  falling: 'fallende skråstriper',
  cross: 'kryssende skråstriper',
  horizontal: 'vannrette striper',
  vertical: 'loddrette striper',
  grid: 'ruter',
  dots: 'prikker',
  checker: 'sjakkmønster',
  dashes: 'korte streker',
};

/** Patterns by form, in the order the sources of that form get them (in kind starts hatched). */
export const PATTERNS: Record<FinancingForm, readonly PatternKind[]> = {
  kontant: [
    'plain',
    'horizontal',
    'vertical',
    'dots',
    'grid',
    'rising',
    'falling',
    'cross',
    'checker',
    'dashes',
  ],
  naturalia: [
    'rising',
    'falling',
    'cross',
    'horizontal',
    'vertical',
    'grid',
    'dots',
    'checker',
    'dashes',
    'plain',
  ],
};

/** The look of one source/form pair. */
export interface SourceStyle {
  form: FinancingForm;
  color: Color;
  colorName: string;
  pattern: PatternKind;
}

/**
 * Style of the `sourceIndex`-th source (order of first appearance) in its `formIndex`-th place among the
 * sources of the same form. Up to ten sources, every pair differs in colour and, within a form, in
 * pattern; beyond that colours repeat but patterns still differ from the neighbours in the list.
 */
export function sourceStyle(form: FinancingForm, sourceIndex: number, formIndex: number): SourceStyle {
  const entry = SOURCE_PALETTE[sourceIndex % SOURCE_PALETTE.length]!;
  const patterns = PATTERNS[form];
  return { form, color: entry.color, colorName: entry.name, pattern: patterns[formIndex % patterns.length]! };
}

/** «mørk blå, uten mønster» or «lys oker med stigende skråstriper og oker kant» — how the swatch looks. */
export function describeStyle(s: SourceStyle): string {
  const pattern = s.pattern === 'plain' ? '' : ` med hvite ${PATTERN_NAMES[s.pattern]}`;
  if (s.form === 'kontant')
    return s.pattern === 'plain' ? `helfylt ${s.colorName}` : `${s.colorName}${pattern}`;
  const marks = s.pattern === 'plain' ? '' : ` med ${PATTERN_NAMES[s.pattern]}`;
  return `lys ${s.colorName}${marks} og ${s.colorName} kant`;
}

const SPACING = 3.5;
const MARK_W = 0.8;

/**
 * Squares on a fixed page-wide grid, only where they lie wholly inside the rectangle: small dots at every
 * grid point, or a checkerboard of touching squares.
 */
function squares(x: number, y: number, w: number, h: number, c: Color, checker: boolean): Item[] {
  const out: Item[] = [];
  const step = checker ? 1.75 : SPACING;
  const size = checker ? 1.75 : 1.2;
  for (let gy = Math.ceil(y / step) * step; gy + size <= y + h + 1e-9; gy += step) {
    const row = Math.round(gy / step);
    for (let gx = Math.ceil(x / step) * step; gx + size <= x + w + 1e-9; gx += step) {
      if (checker && (row + Math.round(gx / step)) % 2 !== 0) continue;
      out.push({ type: 'rect', x: gx, y: gy, width: size, height: size, fill: c });
    }
  }
  return out;
}

/** Straight horizontal or vertical lines on a fixed grid, clipped to the rectangle, never on its edges. */
function straight(
  x: number,
  y: number,
  w: number,
  h: number,
  c: Color,
  dir: 'horizontal' | 'vertical',
  dashed = false,
): Item[] {
  const out: Item[] = [];
  if (dir === 'horizontal') {
    for (let k = Math.floor((y + 0.3) / SPACING + 1) * SPACING; k < y + h - 0.3; k += SPACING) {
      const dash = dashed ? { dash: [1.6, 1.6] } : {};
      out.push({ type: 'line', x1: x, y1: k, x2: x + w, y2: k, color: c, width: MARK_W, ...dash });
    }
    return out;
  }
  for (let k = Math.floor((x + 0.3) / SPACING + 1) * SPACING; k < x + w - 0.3; k += SPACING) {
    out.push({ type: 'line', x1: k, y1: y, x2: k, y2: y + h, color: c, width: MARK_W });
  }
  return out;
}

/** The marks of a pattern inside the rectangle, in colour `c`. */
export function patternMarks(
  kind: PatternKind,
  x: number,
  y: number,
  w: number,
  h: number,
  c: Color,
): Item[] {
  switch (kind) {
    case 'plain':
      return [];
    case 'rising':
    case 'falling':
      return hatchLines(x, y, w, h, c, SPACING, MARK_W, kind);
    case 'cross':
      return [
        ...hatchLines(x, y, w, h, c, SPACING * 1.4, MARK_W, 'rising'),
        ...hatchLines(x, y, w, h, c, SPACING * 1.4, MARK_W, 'falling'),
      ];
    case 'horizontal':
    case 'vertical':
      return straight(x, y, w, h, c, kind);
    case 'grid':
      return [...straight(x, y, w, h, c, 'horizontal'), ...straight(x, y, w, h, c, 'vertical')];
    case 'dots':
      return squares(x, y, w, h, c, false);
    case 'checker':
      return squares(x, y, w, h, c, true);
    case 'dashes':
      return straight(x, y, w, h, c, 'horizontal', true);
  }
}

/** Fill of the rectangle under the marks: the colour (cash) or a light tint of it (in kind). */
export function baseFill(s: SourceStyle): Color {
  return s.form === 'kontant' ? s.color : tint(s.color, 0.75);
}

/**
 * A rectangle in the source's style: the base fill, the pattern marks (white on cash, the colour on in
 * kind) and, for in kind, an outline in the colour. Segments and legend swatches both use it.
 */
export function styledRect(x: number, y: number, w: number, h: number, s: SourceStyle): Item[] {
  const items: Item[] = [{ type: 'rect', x, y, width: w, height: h, fill: baseFill(s) }];
  if (s.form === 'kontant') {
    items.push(...patternMarks(s.pattern, x, y, w, h, WHITE));
    return items;
  }
  items.push(...patternMarks(s.pattern, x, y, w, h, s.color));
  items.push({ type: 'rect', x, y, width: w, height: h, stroke: s.color, lineWidth: 0.8 });
  return items;
}
