/**
 * The real measurer for the layout engine: advance widths from the font files, with the same glyph choice
 * (main face, fallback face, replacement character) the PDF painter uses.
 */
import type { FontStyle, Measurer } from '../layout/types.js';
import { loadFace } from './fonts.js';
import { advanceEm, resolveGlyph, normalizeText } from './shape.js';

/**
 * The measurer on Source Sans 3 with the Noto Sans fallback. One object for the whole process (it holds
 * no state of its own), so the layout's width cache and block memo (keyed by measurer) are shared by
 * every document and every rebuild.
 */
export function createMeasurer(): Measurer {
  return MEASURER;
}

const MEASURER: Measurer = {
  width(text: string, font: FontStyle, size: number): number {
    return advanceEm(text, font) * size;
  },
  ascent(font: FontStyle, size: number): number {
    const face = loadFace('main', font);
    return (face.font.ascent / face.unitsPerEm) * size;
  },
  descent(font: FontStyle, size: number): number {
    const face = loadFace('main', font);
    return (Math.abs(face.font.descent) / face.unitsPerEm) * size;
  },
};

/** Characters of `text` that no font has (drawn as U+FFFD), each once, in order of first appearance. */
export function missingGlyphs(text: string): string[] {
  const out: string[] = [];
  for (const ch of normalizeText(text)) {
    const g = resolveGlyph(ch.codePointAt(0)!, 'regular');
    if (g?.missing && !out.includes(ch)) out.push(ch);
  }
  return out;
}

export { describeChar } from './describe-char.js';
