import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../../src/layout/hyphenate.js';

/**
 * hyphenate.ts hyphenates with a packed copy of the `hyphen` package's nb patterns (cached in
 * node_modules/.cache/grantdocs-hyphen/, see hyphen-patterns.ts). Its points must be exactly the
 * package's own.
 */
const require = createRequire(import.meta.url);
const reference = require('hyphen/nb/index.js') as { hyphenateSync(text: string, o?: object): string };

function referencePoints(word: string): number[] {
  const marked = reference.hyphenateSync(word, { minWordLength: 5 });
  const points: number[] = [];
  let offset = 0;
  for (const ch of marked) {
    if (ch === '\u00ad') {
      if (offset >= 2 && word.length - offset >= 3) points.push(offset);
    } else offset += ch.length;
  }
  return points;
}

describe('hyphenation points from the packed patterns', () => {
  it('give the package’s points for every word of the sample project', () => {
    const text = ['prosjekt', 'partnere', 'tidsplan', 'budsjett']
      .map((f) => readFileSync(`content/felles-ansvar/${f}.yaml`, 'utf8'))
      .join('\n');
    // Words of eight letters or more (shorter ones and month names are never hyphenated).
    const MONTHS = /^(september|november|desember)$/i;
    const words = [...new Set(text.match(/\p{L}{8,}/gu) ?? [])].filter((w) => !MONTHS.test(w));
    expect(words.length).toBeGreaterThan(150);
    const differ = words.filter((w) => hyphenationPoints(w).join() !== referencePoints(w).join());
    expect(differ).toEqual([]);
    expect(hyphenationPoints('samarbeidsprosjekt')).toEqual([3, 5, 10, 13]);
  });

  it('leave short words and month names whole', () => {
    for (const w of ['kontant', 'januar', 'ungdom', 'søknad']) expect(hyphenationPoints(w)).toEqual([]);
    for (const w of ['september', 'Desember', 'februar']) expect(hyphenationPoints(w)).toEqual([]);
    expect(hyphenationPoints('kommunene').length).toBeGreaterThan(0);
  });
});
