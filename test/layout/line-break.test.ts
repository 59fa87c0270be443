import { describe, expect, it } from 'vitest';
import { hyphenationPoints, segmentHyphenationPoints } from '../../src/layout/hyphenate.js';
import { flattenInlines } from '../../src/layout/inline-runs.js';
import { breakLines, makeParagraph } from '../../src/layout/line-break.js';
import { WidthCache } from '../../src/layout/measure-cache.js';
import { stripSoftHyphens } from '../../src/layout/measure-cache.js';
import { setText } from '../../src/layout/text-block.js';
import type { Inline } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import { checkLines, isText, textWidth } from './inspect.js';
import { rng, words } from './trees.js';

const cache = new WidthCache(fakeMeasurer);

function lines(children: Inline[], width: number, size = 10): string[] {
  const { runs } = flattenInlines(children, 'b0');
  const set = setText(runs, cache, { x: 0, width, size, leading: 1.4, tag: { key: 'b0', role: 'P' } });
  for (const box of set.boxes) {
    for (const t of box.items.filter(isText)) expect(t.x + textWidth(t)).toBeLessThanOrEqual(width + 1e-6);
  }
  return set.boxes.map((b) =>
    b.items
      .filter(isText)
      .map((t) => t.text)
      .join(''),
  );
}

describe('hyphenation', () => {
  it('finds Norwegian hyphenation points inside the word, keeping 2 letters before and 3 after', () => {
    const pts = hyphenationPoints('lavterskeltilbud');
    expect(pts.length).toBeGreaterThan(1);
    for (const p of pts) {
      expect(p).toBeGreaterThanOrEqual(2);
      expect('lavterskeltilbud'.length - p).toBeGreaterThanOrEqual(3);
    }
    expect(pts).toContain(3); // lav-terskel…
  });

  it('never hyphenates URLs, e-mail addresses or numbers', () => {
    expect(segmentHyphenationPoints('https://www.politiet.no/rapport ')).toEqual([]);
    expect(segmentHyphenationPoints('post@polarsirkelradet.no')).toEqual([]);
    expect(segmentHyphenationPoints('2026-2027')).toEqual([]);
    expect(segmentHyphenationPoints('«kunnskapsgrunnlaget», ').length).toBeGreaterThan(0);
  });
});

describe('line breaking', () => {
  it('keeps every line within the width and the text intact, hyphens only at valid points', () => {
    const rand = rng(7);
    for (let n = 0; n < 40; n++) {
      const original = words(30 + n * 3, rand);
      const width = 80 + n * 9;
      const got = lines([{ type: 'text', text: original }], width);
      expect(checkLines(original, got)).toEqual([]);
    }
  });

  it('hyphenates long words in a narrow column and never draws a hyphen mid-line', () => {
    const original = 'Kunnskapsgrunnlaget for lavterskeltilbudet er kontraktsbasert oppfølgingsarbeid.';
    const got = lines([{ type: 'text', text: original }], 70);
    expect(got.some((l) => l.endsWith('-'))).toBe(true);
    expect(checkLines(original, got)).toEqual([]);
    for (const l of got) expect(l.slice(0, -1)).not.toContain('-');
  });

  it('breaks a URL longer than the line at character boundaries, inside the margin', () => {
    const url =
      'https://www.regjeringen.no/no/dokumenter/' +
      'forebygging-av-kriminalitet-blant-unge/'.repeat(4) +
      'id123456/';
    const got = lines([{ type: 'link', href: url, children: [{ type: 'text', text: url }] }], 120);
    expect(got.length).toBeGreaterThan(3);
    expect(got.join('')).toBe(url);
  });

  it('holds no-break spaces and keeps «Ikke avklart» on one line', () => {
    const amount = '2\u00a0500\u00a0000\u00a0kr';
    const children: Inline[] = [];
    for (let i = 0; i < 30; i++) {
      children.push({ type: 'text', text: `post ${i} koster ${amount} og vertskommunen er ` });
      children.push({ type: 'unresolved', text: 'Ikke avklart' });
      children.push({ type: 'text', text: '. ' });
    }
    const got = lines(children, 150);
    const joined = got.join('\n');
    expect(joined.split(amount).length - 1).toBe(30);
    expect(joined.split('Ikke avklart').length - 1).toBe(30);
  });

  it('draws a soft hyphen only where the line breaks, and strips it elsewhere', () => {
    const original = 'Sam\u00adarbeids\u00adavtalen '.repeat(12).trim();
    const got = lines([{ type: 'text', text: original }], 90);
    for (const l of got) expect(l).not.toContain('\u00ad');
    expect(checkLines(stripSoftHyphens(original), got)).toEqual([]);
  });

  it('honours line breaks and reports the width of each line', () => {
    const p = makeParagraph(
      flattenInlines(
        [{ type: 'text', text: 'en' }, { type: 'lineBreak' }, { type: 'text', text: 'to tre' }],
        'b0',
      ).runs,
      10,
    );
    const ls = breakLines(p, 500, cache);
    expect(ls.map((l) => p.text.slice(l.start, l.end))).toEqual(['en', 'to tre']);
    expect(ls[1]!.width).toBeCloseTo(fakeMeasurer.width('to tre', 'regular', 10));
  });

  it('sets inline bold, italic and links as separate pieces on one line with link areas', () => {
    const { runs } = flattenInlines(
      [
        { type: 'text', text: 'Se ' },
        {
          type: 'strong',
          children: [
            { type: 'text', text: 'fet ' },
            { type: 'emphasis', children: [{ type: 'text', text: 'begge' }] },
          ],
        },
        { type: 'text', text: ' og ' },
        { type: 'link', href: '#budsjett', children: [{ type: 'text', text: 'budsjettet' }] },
      ],
      'b3',
    );
    const set = setText(runs, cache, {
      x: 10,
      width: 400,
      size: 10,
      leading: 1.4,
      tag: { key: 'b3', role: 'P' },
    });
    expect(set.boxes).toHaveLength(1);
    const items = set.boxes[0]!.items;
    const texts = items.filter(isText);
    expect(texts.map((t) => [t.text, t.font])).toEqual([
      ['Se ', 'regular'],
      ['fet ', 'bold'],
      ['begge', 'boldItalic'],
      [' og ', 'regular'],
      ['budsjettet', 'regular'],
    ]);
    for (let i = 1; i < texts.length; i++) {
      expect(texts[i]!.x).toBeCloseTo(texts[i - 1]!.x + textWidth(texts[i - 1]!));
    }
    const link = items.find((i) => i.type === 'link');
    expect(link).toMatchObject({ href: '#budsjett', x: texts[4]!.x, tag: { struct: 'b3/a0', role: 'Link' } });
  });
});

describe('language spans', () => {
  it('does not hyphenate text in another language with Norwegian patterns', () => {
    const sami = 'Divtasvuotnasuohkanis Porsáŋgugielddas Guovdageainnus '.repeat(4).trim();
    const got = lines([{ type: 'lang', lang: 'se', children: [{ type: 'text', text: sami }] }], 130);
    expect(got.some((l) => l.endsWith('-'))).toBe(false);
    expect(got.join(' ')).toBe(sami);
  });
});

describe('hyphenation limits', () => {
  it('never ends more than two lines in a row with a hyphenation', () => {
    const long = 'kunnskapsgrunnlaget lavterskeltilbudet kontraktsbasert oppfølgingsarbeidet tverrfaglighet ';
    // Every word fits on a line by itself (the longest is 19 characters, 95 pt), so no hyphen is forced.
    for (let width = 100; width < 260; width += 7) {
      const got = lines([{ type: 'text', text: long.repeat(6).trim() }], width);
      for (let i = 2; i < got.length; i++) {
        const run = [got[i - 2]!, got[i - 1]!, got[i]!].every((l) => l.endsWith('-'));
        expect(run, `width ${width}: ${got.join(' | ')}`).toBe(false);
      }
    }
  });

  it('does not hyphenate headings', () => {
    const { runs } = flattenInlines(
      [{ type: 'text', text: 'Kunnskapsgrunnlaget for lavterskeltilbudet' }],
      'b0',
    );
    const set = setText(runs, cache, {
      x: 0,
      width: 150,
      size: 10,
      leading: 1.2,
      tag: { key: 'b0', role: 'H1' },
      hyphenate: false,
    });
    const got = set.boxes.map((b) =>
      b.items
        .filter(isText)
        .map((t) => t.text)
        .join(''),
    );
    expect(got).toEqual(['Kunnskapsgrunnlaget for', 'lavterskeltilbudet']);
  });
});

describe('the «Ikke avklart» marker', () => {
  it('draws its tint before any text of the line, so it covers no neighbouring character', () => {
    const { runs } = flattenInlines(
      [
        { type: 'text', text: 'Beløp (' },
        { type: 'unresolved', text: 'Ikke avklart' },
        { type: 'text', text: ')' },
      ],
      'b0',
    );
    const items = setText(runs, cache, {
      x: 0,
      width: 400,
      size: 10,
      leading: 1.4,
      tag: { key: 'b0', role: 'P' },
    }).boxes[0]!.items;
    expect(items.map((i) => i.type)).toEqual(['rect', 'text', 'text', 'text']);
    const marker = items.find((i) => isText(i) && i.text === 'Ikke avklart');
    expect(marker).toMatchObject({ font: 'boldItalic' });
  });
});

describe('number ranges', () => {
  it('never breaks after the dash of a number range', () => {
    const original = 'Se s. 23–24, 2026–2027 og 100-200 i rapporten. '.repeat(8).trim();
    for (let width = 40; width < 160; width += 9) {
      const got = lines([{ type: 'text', text: original }], width);
      for (const l of got) expect(l, `width ${width}`).not.toMatch(/\d[–-]$/);
      expect(checkLines(original, got)).toEqual([]);
    }
  });

  it('breaks a range of grouped amounts after its dash rather than between digits', () => {
    const original = '2\u00a0500\u00a0000–3\u00a0000\u00a0000\u00a0kr';
    const got = lines([{ type: 'text', text: original }], 70);
    expect(got).toEqual(['2\u00a0500\u00a0000–', '3\u00a0000\u00a0000\u00a0kr']);
  });
});

describe('numbers with their abbreviation or unit', () => {
  it('keeps «s. 34», «kr 500», «§ 3», «20 mill.» and «5 %» on one line', () => {
    const original =
      'Se rapporten s. 34 og nr. 5, jf. § 3, om ca. 12 ungdommer, kr 500 per time, 20 mill. kr over tre år og 5 % egenandel. '
        .repeat(6)
        .trim();
    for (let width = 60; width < 220; width += 7) {
      const got = lines([{ type: 'text', text: original }], width);
      for (let i = 1; i < got.length; i++) {
        const [a, b] = [got[i - 1]!, got[i]!];
        const split = `${a} | ${b} (width ${width})`;
        expect(/(^|\s)(s|nr|ca)\.$|(^|\s)(kr|§)$/.test(a) && /^\d/.test(b), split).toBe(false);
        expect(/\d$/.test(a) && /^(mill\.|%|kr\b)/.test(b), split).toBe(false);
      }
      expect(checkLines(original, got)).toEqual([]);
    }
  });

  it('still breaks between a number and an ordinary word', () => {
    const got = lines(
      [{ type: 'text', text: 'Prosjektet varer i 3 år og har 12 deltakere i hver kommune.' }],
      60,
    );
    expect(got.length).toBeGreaterThan(2);
    expect(got.some((l) => /\d$/.test(l))).toBe(true);
  });
});
