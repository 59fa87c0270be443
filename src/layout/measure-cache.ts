import type { FontStyle, Measurer } from './types.js';

/**
 * Wraps a Measurer with a cache of widths per (font, size, text), so a word repeated across a long
 * document is measured once. Soft hyphens are never drawn, so they are removed before measuring.
 */
export class WidthCache {
  private readonly tables = new Map<FontStyle, Map<number, Map<string, number>>>();
  private lastFont: FontStyle | undefined;
  private lastSize = 0;
  private lastTable = new Map<string, number>();
  constructor(readonly measurer: Measurer) {}

  /**
   * Text with spaces is measured word by word: a line's pieces are then built from cached words, and
   * the cache grows with the vocabulary, not with the document. The sum is exact because glyph advances
   * add up (kerning is not applied, and ligatures never span a space).
   */
  width(text: string, font: FontStyle, size: number): number {
    if (text.length === 0) return 0;
    if (text.length > 1 && text.indexOf(' ') >= 0) {
      const words = text.split(' ');
      let w = (words.length - 1) * this.word(' ', font, size);
      for (const word of words) w += this.word(word, font, size);
      return w;
    }
    return this.word(text, font, size);
  }

  private word(text: string, font: FontStyle, size: number): number {
    if (text.length === 0) return 0;
    const table = this.table(font, size);
    let w = table.get(text);
    if (w === undefined) {
      w = this.measurer.width(stripSoftHyphens(text), font, size);
      table.set(text, w);
    }
    return w;
  }

  /** One map per (font, size): no key strings are built per lookup. */
  private table(font: FontStyle, size: number): Map<string, number> {
    if (font === this.lastFont && size === this.lastSize) return this.lastTable;
    let bySize = this.tables.get(font);
    if (!bySize) this.tables.set(font, (bySize = new Map()));
    let table = bySize.get(size);
    if (!table) bySize.set(size, (table = new Map()));
    this.lastFont = font;
    this.lastSize = size;
    this.lastTable = table;
    return table;
  }

  ascent(font: FontStyle, size: number): number {
    return this.measurer.ascent(font, size);
  }

  descent(font: FontStyle, size: number): number {
    return this.measurer.descent(font, size);
  }
}

const caches = new WeakMap<Measurer, WidthCache>();

/**
 * The width cache of `measurer`, shared by every layout made with it in this process: the documents of
 * one build and the rebuilds of `grantdocs watch` measure each word once (the real measurer is one
 * object, fonts/measurer.ts). A WidthCache passed in is used as it is.
 */
export function widthCacheFor(measurer: Measurer): WidthCache {
  if (measurer instanceof WidthCache) return measurer;
  let cache = caches.get(measurer);
  if (!cache) caches.set(measurer, (cache = new WidthCache(measurer)));
  return cache;
}

export function stripSoftHyphens(text: string): string {
  return text.indexOf('\u00ad') < 0 ? text : text.replace(/\u00ad/g, '');
}
