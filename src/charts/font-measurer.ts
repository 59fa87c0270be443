/**
 * A small measurer on the Source Sans 3 TTF files, for SVG/PNG output when no measurer is passed in.
 * Widths are the sum of glyph advances (ligatures applied, kerning ignored), as the PDF painter measures.
 * The layout's own measurer (src/fonts/measurer.ts) gives the same widths for Source Sans 3 text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@cantoo/fontkit';
import type { Font } from '@cantoo/fontkit';
import type { FontStyle, Measurer } from '../layout/types.js';

const require = createRequire(import.meta.url);

const FILES: Record<FontStyle, string> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  bold: 'SourceSans3-Bold.ttf',
  boldItalic: 'SourceSans3-BoldIt.ttf',
};

/** Absolute paths of the Source Sans 3 TTF files (regular, italic, bold, bold italic). */
export function sourceSansFiles(): string[] {
  const dir = join(dirname(require.resolve('source-sans/package.json')), 'TTF');
  return Object.values(FILES).map((f) => join(dir, f));
}

const fonts = new Map<FontStyle, Font>();

function font(style: FontStyle): Font {
  let f = fonts.get(style);
  if (!f) {
    const dir = join(dirname(require.resolve('source-sans/package.json')), 'TTF');
    f = fontkit.create(readFileSync(join(dir, FILES[style]))) as Font;
    fonts.set(style, f);
  }
  return f;
}

export function createChartMeasurer(): Measurer {
  const widths = new Map<string, number>();
  return {
    width(text, style, size) {
      const key = `${style}\u0000${text}`;
      let em = widths.get(key);
      if (em === undefined) {
        const f = font(style);
        em = f.layout(text).glyphs.reduce((sum, g) => sum + g.advanceWidth, 0) / f.unitsPerEm;
        widths.set(key, em);
      }
      return em * size;
    },
    ascent(style, size) {
      const f = font(style);
      return (f.ascent / f.unitsPerEm) * size;
    },
    descent(style, size) {
      const f = font(style);
      return (Math.abs(f.descent) / f.unitsPerEm) * size;
    },
  };
}
