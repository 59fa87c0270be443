import type { FontStyle, Measurer } from './types.js';

/**
 * Wraps a Measurer with a cache of widths per (font, size, text), so a word repeated across a long
 * document is measured once. Soft hyphens are never drawn, so they are removed before measuring.
 */
export class WidthCache {
  private readonly widths = new Map<string, number>();
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
    const key = font + '\u0000' + size + '\u0000' + text;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.measurer.width(stripSoftHyphens(text), font, size);
      this.widths.set(key, w);
    }
    return w;
  }

  ascent(font: FontStyle, size: number): number {
    return this.measurer.ascent(font, size);
  }

  descent(font: FontStyle, size: number): number {
    return this.measurer.descent(font, size);
  }
}

export function stripSoftHyphens(text: string): string {
  return text.indexOf('\u00ad') < 0 ? text : text.replace(/\u00ad/g, '');
}
