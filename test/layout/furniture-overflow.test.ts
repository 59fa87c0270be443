import { describe, expect, it } from 'vitest';
import { fitText, pageFurniture, titleBlock } from '../../src/layout/furniture.js';
import { defaultPageSetup } from '../../src/layout/layout-document.js';
import { WidthCache } from '../../src/layout/measure-cache.js';
import type { DocumentMeta } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import { isText, textWidth } from './inspect.js';

const cache = new WidthCache(fakeMeasurer);
const long = 'x'.repeat(20_000);
const meta: DocumentMeta = {
  id: 'd',
  documentType: 'Søknad',
  title: 'Tittel',
  shortTitle: 'Kort',
  subject: '',
  keywords: [],
  author: '',
  project: long,
  applicant: 'Søker',
  date: '16. september 2025',
  isoDate: '2025-09-16',
  version: long,
  lang: 'nb-NO',
  draft: false,
  attachments: [],
};
const setup = { ...defaultPageSetup, draft: false };

/** A 20 000-character project name or version (one unbreakable word) ran off the page. */
describe('page furniture and title block with very long values', () => {
  it('fitText cuts a single over-long word inside, with an ellipsis', () => {
    const s = fitText(long, 200, 9, cache);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeGreaterThan(5);
    expect(cache.width(s, 'regular', 9)).toBeLessThanOrEqual(200);
    expect(fitText('kort tekst', 200, 9, cache)).toBe('kort tekst');
  });

  it('the footer (date · version) stays left of the page number, inside the page', () => {
    const items = pageFurniture(meta, setup, 0, 3, cache).filter(isText);
    const page = items.find((t) => t.text.startsWith('Side'))!;
    const info = items.find((t) => t.text.startsWith('16. september'))!;
    expect(info.x + textWidth(info)).toBeLessThan(page.x);
    for (const t of items) if (!t.rotate) expect(t.x + textWidth(t)).toBeLessThanOrEqual(setup.width);
  });

  it('a title-block value taller than a page is one box per line, so it can break across pages', () => {
    const width = setup.width - setup.margin.left - setup.margin.right;
    const { flow } = titleBlock(meta, setup.margin.left, width, cache);
    const body = setup.height - setup.margin.top - setup.margin.bottom;
    const boxes = flow.filter((el) => el.kind === 'box');
    expect(boxes.length).toBeGreaterThan(20);
    for (const b of boxes) expect(b.height).toBeLessThan(body / 4);
  });
});
