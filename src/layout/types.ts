/**
 * Format-neutral layout output: pages of positioned primitive items. The layout engine (src/layout)
 * produces it, the PDF painter (src/writers/pdf) paints it, and the chart module (src/charts) produces
 * the same primitives so charts are drawn like everything else. Nothing here knows about PDF.
 *
 * Units are PostScript points (1/72 inch). Origin is the page's top-left corner, y grows downwards.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { Chart } from '../tree/types.js';

/** The four faces of the body font. A face lacking a glyph falls back to a second font (Sámi coverage);
 * that is the measurer's and the painter's business, the layout only names the face. */
export type FontStyle = 'regular' | 'italic' | 'bold' | 'boldItalic';

/** Measures text. The real one reads font metrics; tests use a fake with fixed widths. */
export interface Measurer {
  /** Advance width of `text` in points. */
  width(text: string, font: FontStyle, size: number): number;
  /** Ascent above the baseline, in points, for a line of this size. */
  ascent(font: FontStyle, size: number): number;
  /** Descent below the baseline (positive number), in points. */
  descent(font: FontStyle, size: number): number;
}

/** sRGB colour, each channel 0..1. */
export interface Color {
  r: number;
  g: number;
  b: number;
}

/**
 * What an item is for a reader (issue: tagged PDF). `artifact` for page furniture (running header,
 * footer, watermark, rules, decoration); otherwise the structure element the item belongs to.
 * `struct` is a stable key of that element (e.g. 'b12' for the 13th top-level block, 'b12/r3/c1' for a
 * table cell) and `role` its PDF structure type (H1, P, LI, Lbl, LBody, TH, TD, Figure, Caption, Link…).
 */
export type ItemTag = { artifact: true } | { artifact?: false; struct: string; role: string };

interface ItemBase {
  tag?: ItemTag;
}

export interface TextItem extends ItemBase {
  type: 'text';
  /** Left edge of the text. */
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  font: FontStyle;
  size: number;
  color: Color;
  /** Rotation in degrees counter-clockwise around (x, y); the watermark uses it. */
  rotate?: number;
  /** Opacity 0..1 (the watermark is light). */
  opacity?: number;
  /**
   * Drawn as glyph outlines (filled paths) instead of text, so that no text tool finds it: the «UTKAST»
   * watermark.
   */
  outlines?: boolean;
  /**
   * How the line this item ends was broken, for text extraction: 'space' at a space (the painter adds an
   * invisible space so copied text does not glue the words), 'hyphen' with a hyphen the layout added
   * (the painter marks it as extracting to nothing).
   */
  lineEnd?: 'space' | 'hyphen';
}

export interface RectItem extends ItemBase {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Color;
  stroke?: Color;
  lineWidth?: number;
  /** Dash pattern in points, e.g. [3, 2]; used for outlined tentative items. */
  dash?: number[];
  opacity?: number;
}

export interface LineItem extends ItemBase {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: Color;
  width: number;
  dash?: number[];
}

/** A closed polygon (chart diamonds, arrows). */
export interface PolygonItem extends ItemBase {
  type: 'polygon';
  points: { x: number; y: number }[];
  fill?: Color;
  stroke?: Color;
  lineWidth?: number;
  dash?: number[];
}

export interface ImageItem extends ItemBase {
  type: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Absolute path of a PNG or JPEG file. */
  src: string;
  alt: string;
}

/** A clickable area: external URL or internal anchor ('#id'). */
export interface LinkItem extends ItemBase {
  type: 'link';
  x: number;
  y: number;
  width: number;
  height: number;
  href: string;
}

/** Space the layout reserved for a chart; the chart module fills it with primitives. */
export interface ChartBoxItem extends ItemBase {
  type: 'chart';
  x: number;
  y: number;
  width: number;
  height: number;
  chart: Chart;
}

export type Item = TextItem | RectItem | LineItem | PolygonItem | ImageItem | LinkItem | ChartBoxItem;

export interface LaidOutPage {
  width: number;
  height: number;
  items: Item[];
}

export interface OutlineEntry {
  title: string;
  level: 1 | 2 | 3;
  /** 0-based page index and the y of the heading's top. */
  page: number;
  y: number;
  id: string;
}

/**
 * A structure element for the tagged PDF (optional output of the layout). Items name their element by
 * `ItemTag.struct` = `key`; container elements (L, LI, Table, TR…) have no items of their own and are
 * known only from this tree. Children are in reading order.
 */
export interface StructElement {
  key: string;
  role: string;
  children: StructElement[];
  /** Alternative text (Figure). */
  alt?: string;
  /** Language of the element when it differs from the document's (BCP 47). */
  lang?: string;
  /** Scope of a header cell (TH). */
  scope?: 'Column' | 'Row';
  /** Columns a table cell (TH, TD) covers, when more than one. */
  colSpan?: number;
  /** Target of a Link element. */
  href?: string;
}

export interface LayoutResult {
  pages: LaidOutPage[];
  /** Bookmarks, from the headings, in document order. */
  outline: OutlineEntry[];
  /** Targets of internal links: heading ids → position. */
  anchors: Record<string, { page: number; y: number }>;
  diagnostics: Diagnostic[];
  /** Structure tree (document order) for tagging; optional so other producers may omit it. */
  structure?: StructElement[];
  /** The document has a table of contents after its title block (contents.ts). */
  contents?: boolean;
}

/** A4 portrait in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
