import { describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../../src/layout/hyphenate.js';
import { flattenInlines } from '../../src/layout/inline-runs.js';
import { WidthCache } from '../../src/layout/measure-cache.js';
import { setText } from '../../src/layout/text-block.js';
import { fakeMeasurer } from './fake-measurer.js';
import { isText, textWidth } from './inspect.js';

/** A 20 000-letter "word" (a pasted hash, a held-down key) took ~30 s in the hyphenation patterns. */
describe('very long words', () => {
  it('are not hyphenated beyond 100 letters; real compounds still are', () => {
    expect(hyphenationPoints('samarbeidsprosjekt'.repeat(5)).length).toBeGreaterThan(0); // 90 letters
    expect(hyphenationPoints('samarbeidsprosjekt'.repeat(6))).toEqual([]); // 108 letters
    expect(hyphenationPoints('x'.repeat(20_000))).toEqual([]);
  });

  it('a 20 000-letter word is broken into lines that fit and keep every letter', () => {
    const word = 'x'.repeat(20_000);
    const { runs } = flattenInlines([{ type: 'text', text: word }], 'b0');
    const set = setText(runs, new WidthCache(fakeMeasurer), {
      x: 0,
      width: 300,
      size: 10,
      leading: 1.4,
      tag: { key: 'b0', role: 'P' },
    });
    const texts = set.boxes.flatMap((b) => b.items.filter(isText));
    expect(set.boxes.length).toBeGreaterThan(10);
    for (const t of texts) expect(t.x + textWidth(t)).toBeLessThanOrEqual(300 + 1e-6);
    expect(texts.map((t) => t.text.replace(/-$/, '')).join('')).toBe(word);
  });
});
