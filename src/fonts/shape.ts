/**
 * Maps text to glyphs: the one function the measurer and the PDF painter share, so what is measured is
 * exactly what is drawn. Each character is looked up in the main face of the style (Source Sans 3); a
 * character it lacks comes from the fallback face (Noto Sans); a character neither has is drawn as U+FFFD
 * from the fallback face and reported. Soft hyphens and other invisible format characters are dropped
 * (the layout draws a real hyphen where it breaks a line).
 *
 * Glyphs are taken straight from the cmap, one per character, without OpenType shaping (no ligatures, no
 * kerning): fontkit's layout is ~30× slower, and Latin text set in a sans face needs neither.
 */
import type { FontStyle } from '../layout/types.js';
import { loadFace, type LoadedFace } from './fonts.js';

export const REPLACEMENT_CHAR = 0xfffd;

/** A run of consecutive characters set in one face. */
export interface ShapedRun {
  face: LoadedFace;
  /** Glyph ids in the full font. */
  glyphs: number[];
  /** The character each glyph stands for (U+FFFD for a character no font has). */
  codePoints: number[];
  /** Sum of the glyph advances in font units. */
  advance: number;
}

export interface ShapeResult {
  runs: ShapedRun[];
  /** Characters no font has, in order of first appearance. */
  missing: string[];
}

/** Characters that are never drawn: soft hyphen, zero-width spaces and joiners, BOM, controls. */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2060 ||
    cp === 0xfeff
  );
}

/** Where a character comes from: the face and glyph that draw it. */
export interface ResolvedGlyph {
  face: LoadedFace;
  id: number;
  advance: number;
  /** The character the glyph stands for (U+FFFD for a character no font has). */
  codePoint: number;
  missing: boolean;
}

interface StyleCache {
  main: LoadedFace;
  glyphs: Map<number, ResolvedGlyph | null>;
}

const styleCaches = new Map<FontStyle, StyleCache>();

function styleCache(style: FontStyle): StyleCache {
  let c = styleCaches.get(style);
  if (!c) {
    c = { main: loadFace('main', style), glyphs: new Map() };
    styleCaches.set(style, c);
  }
  return c;
}

/** Resolves one character in a style (cached). Invisible characters give null. */
export function resolveGlyph(cp: number, style: FontStyle): ResolvedGlyph | null {
  const c = styleCache(style);
  let r = c.glyphs.get(cp);
  if (r === undefined) {
    r = resolveUncached(cp, style, c.main);
    c.glyphs.set(cp, r);
  }
  return r;
}

function resolveUncached(cp: number, style: FontStyle, main: LoadedFace): ResolvedGlyph | null {
  if (isInvisible(cp)) return null;
  const g = main.glyph(cp);
  if (g) return { face: main, id: g.id, advance: g.advance, codePoint: cp, missing: false };
  const fallback = loadFace('fallback', style);
  const f = fallback.glyph(cp);
  if (f) return { face: fallback, id: f.id, advance: f.advance, codePoint: cp, missing: false };
  const r = fallback.glyph(REPLACEMENT_CHAR);
  if (!r) throw new Error('Fallback font lacks U+FFFD');
  return { face: fallback, id: r.id, advance: r.advance, codePoint: REPLACEMENT_CHAR, missing: true };
}

const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/;

/** Text in composed form (é as one character), so fonts map it to their precomposed glyphs. */
export function normalizeText(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}

/** Splits `text` into runs by font coverage. */
export function shapeText(text: string, style: FontStyle): ShapeResult {
  const runs: ShapedRun[] = [];
  const missing: string[] = [];
  let current: ShapedRun | null = null;
  for (const ch of normalizeText(text)) {
    const cp = ch.codePointAt(0)!;
    const g = resolveGlyph(cp, style);
    if (!g) continue;
    if (g.missing && !missing.includes(ch)) missing.push(ch);
    if (!current || current.face !== g.face) {
      current = { face: g.face, glyphs: [], codePoints: [], advance: 0 };
      runs.push(current);
    }
    current.glyphs.push(g.id);
    current.codePoints.push(g.codePoint);
    current.advance += g.advance;
  }
  return { runs, missing };
}

/** Advance width of `text` in units of the font size (multiply by the size for points). */
export function advanceEm(text: string, style: FontStyle): number {
  const widths = emCache[style];
  let em = 0;
  for (const ch of normalizeText(text)) {
    const cp = ch.codePointAt(0)!;
    let w = widths.get(cp);
    if (w === undefined) {
      const g = resolveGlyph(cp, style);
      w = g ? g.advance / g.face.unitsPerEm : 0;
      widths.set(cp, w);
    }
    em += w;
  }
  return em;
}

const emCache: Record<FontStyle, Map<number, number>> = {
  regular: new Map(),
  italic: new Map(),
  bold: new Map(),
  boldItalic: new Map(),
};
