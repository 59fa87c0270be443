/**
 * The font files grantdocs draws with: Source Sans 3 (main face, four styles) and Noto Sans (fallback for
 * characters Source Sans 3 lacks). Each file is read and parsed on first use, once per process.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageJsonPath } from '../build/version.js';
import { advanceWidths, italicAngle, postscriptName } from './sfnt-tables.js';
// In the bundle, fontkit's inflater (for its Unicode tables) is Node's zlib: src/cli/bundle-plugins.ts.
import fontkit from '@cantoo/fontkit';
import type { Font } from '@cantoo/fontkit';
import type { FontStyle } from '../layout/types.js';

/** Which of the two families a run of text is set in. */
export type Family = 'main' | 'fallback';

/** A glyph as the measurer and the painter see it: its id in the full font and its advance in font units. */
export interface GlyphInfo {
  id: number;
  advance: number;
}

export interface LoadedFace {
  /** Stable key, e.g. 'main-regular'. */
  key: string;
  family: Family;
  style: FontStyle;
  /** PostScript name of the full font, e.g. SourceSans3-Regular. */
  postscriptName: string;
  file: string;
  bytes: Uint8Array;
  font: Font;
  unitsPerEm: number;
  /** The face's italic angle in degrees (read from its `post` table: sfnt-tables.ts says why). */
  italicAngle: number;
  /** Glyph for a code point, or null when the face has none (cached). */
  glyph(codePoint: number): GlyphInfo | null;
  /** Advance width of a glyph id in font units (from `hmtx`: sfnt-tables.ts says why not fontkit's). */
  advance(gid: number): number;
}

const FILES: Record<Family, Record<FontStyle, { pkg: string; path: string }>> = {
  main: {
    regular: { pkg: 'source-sans', path: 'TTF/SourceSans3-Regular.ttf' },
    italic: { pkg: 'source-sans', path: 'TTF/SourceSans3-It.ttf' },
    bold: { pkg: 'source-sans', path: 'TTF/SourceSans3-Bold.ttf' },
    boldItalic: { pkg: 'source-sans', path: 'TTF/SourceSans3-BoldIt.ttf' },
  },
  fallback: {
    regular: { pkg: 'notosans-fontface', path: 'fonts/NotoSans-Regular.ttf' },
    italic: { pkg: 'notosans-fontface', path: 'fonts/NotoSans-Italic.ttf' },
    bold: { pkg: 'notosans-fontface', path: 'fonts/NotoSans-Bold.ttf' },
    boldItalic: { pkg: 'notosans-fontface', path: 'fonts/NotoSans-BoldItalic.ttf' },
  },
};

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'italic', 'bold', 'boldItalic'];

/** Absolute path of the TTF file of a face. */
export function fontFile(family: Family, style: FontStyle): string {
  const { pkg, path } = FILES[family][style];
  return join(dirname(packageJsonPath(pkg, import.meta.url)), path);
}

const cache = new Map<string, LoadedFace>();

/** The face of `family` in `style`, loaded on first use. */
export function loadFace(family: Family, style: FontStyle): LoadedFace {
  const key = `${family}-${style}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = fontFile(family, style);
  // A plain Uint8Array over the file's own memory (readFileSync gives a large file a buffer of its own):
  // no copy of the ~0.3–0.5 MB file.
  const read = readFileSync(file);
  const bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  const font = fontkit.create(bytes) as Font;
  const glyphs = new Map<number, GlyphInfo | null>();
  // Read from the tables where fontkit would decode a whole table (sfnt-tables.ts); fontkit otherwise.
  const widths = advanceWidths(bytes);
  const advance = widths ?? ((gid: number) => font.getGlyph(gid)?.advanceWidth ?? 0);
  const face: LoadedFace = {
    key,
    family,
    style,
    postscriptName: postscriptName(bytes) ?? font.postscriptName ?? key,
    file,
    bytes,
    font,
    unitsPerEm: font.unitsPerEm,
    italicAngle: italicAngle(bytes),
    glyph(codePoint) {
      let g = glyphs.get(codePoint);
      if (g === undefined) {
        g = null;
        if (font.hasGlyphForCodePoint(codePoint)) {
          const glyph = font.glyphForCodePoint(codePoint);
          if (glyph && glyph.id !== 0) g = { id: glyph.id, advance: advance(glyph.id) };
        }
        glyphs.set(codePoint, g);
      }
      return g;
    },
    advance,
  };
  cache.set(key, face);
  return face;
}
