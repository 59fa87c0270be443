/**
 * The table of contents of longer documents (src/layout/contents.ts), on generated documents: it is there
 * exactly when the rule says, every entry's number is the page its heading is on, the body is paginated
 * as it would be with a contents of the same size, and every entry is a link to its heading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENTS_MIN_ENTRIES, CONTENTS_MIN_PAGES } from '../../src/layout/contents.js';
import { layoutDocument } from '../../src/layout/layout-document.js';
import { pageMap } from '../../src/layout/page-map.js';
import type { LayoutResult, LinkItem, TextItem } from '../../src/layout/types.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import { body, expectInsideMargins, isText, structOf, textWidth } from './inspect.js';
import { bigTree, para, text } from './trees.js';

/** The contents' lines: per entry, its title text, its page number and its link target. */
function entries(r: LayoutResult): { title: string; number: string; href: string; page: number }[] {
  const out = new Map<string, { title: string; number: string; href: string; page: number }>();
  r.pages.forEach((p, page) => {
    for (const it of p.items) {
      const key = structOf(it);
      const m = key ? /^toc\/i(\d+)\/a$/.exec(key) : null;
      if (!m) continue;
      const entry = out.get(m[1]!) ?? { title: '', number: '', href: '', page };
      out.set(m[1]!, entry);
      if (it.type === 'link') entry.href = it.href;
      if (isText(it)) {
        // The page number is the text item that ends at the right margin.
        if (Math.abs(it.x + textWidth(it) - body.right) < 0.01) entry.number = it.text;
        else entry.title += (entry.title ? ' ' : '') + it.text.trim();
      }
    }
  });
  return [...out.values()];
}

function headingsWithText(tree: DocumentTree): { id: string; title: string }[] {
  return tree.children.flatMap((b) =>
    b.type === 'heading'
      ? [{ id: b.id, title: b.children.map((c) => ('text' in c ? c.text : '')).join('') }]
      : [],
  );
}

describe('table of contents', () => {
  it('is there exactly when the document has enough headings and pages, with the right numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 1000 }), (sections, seed) => {
        const tree = bigTree(sections, seed);
        const without = layoutDocument(tree, fakeMeasurer, { contents: false });
        const r = layoutDocument(tree, fakeMeasurer);
        const heads = headingsWithText(tree);
        const expected = heads.length >= CONTENTS_MIN_ENTRIES && without.pages.length > CONTENTS_MIN_PAGES;
        expect(r.contents).toBe(expected);
        if (!expected) {
          expect(r.pages.length).toBe(without.pages.length);
          expect(entries(r)).toEqual([]);
          return;
        }
        const map = pageMap(r);
        const found = entries(r);
        expect(found.map((e) => e.title)).toEqual(heads.map((h) => h.title));
        expect(found.map((e) => e.href)).toEqual(heads.map((h) => `#${h.id}`));
        // Each number is the page (from 1) on which the heading stands in this very layout.
        expect(found.map((e) => Number(e.number))).toEqual(heads.map((h) => map.headings[h.id]));
        expect(found.map((e) => Number(e.number))).toEqual(heads.map((h) => r.anchors[h.id]!.page + 1));
        // The contents come before the body, and the headings never go back a page.
        for (const e of found) expect(e.page).toBeLessThan(r.anchors[heads[0]!.id]!.page + 1);
        expectInsideMargins(r);
      }),
      { numRuns: 25 },
    );
  });

  it('links each whole entry to its heading, with a leader that copies as nothing', () => {
    const r = layoutDocument(bigTree(12, 3), fakeMeasurer);
    expect(r.contents).toBe(true);
    const first = r.pages[0]!;
    const links = first.items.filter(
      (it): it is LinkItem => it.type === 'link' && !!structOf(it)?.startsWith('toc/'),
    );
    expect(links.length).toBeGreaterThan(3);
    for (const l of links) {
      expect(l.x + l.width).toBeCloseTo(body.right, 5);
      expect(l.href).toMatch(/^#kap\d+/);
    }
    // The leader is a dotted line, an artifact; no dots are text.
    const leaders = first.items.filter(
      (it) => it.type === 'line' && it.dash && it.tag && 'artifact' in it.tag,
    );
    expect(leaders.length).toBeGreaterThan(3);
    const texts = first.items.filter(isText) as TextItem[];
    expect(texts.some((t) => /\.{3,}/.test(t.text))).toBe(false);
    // The heading «Innhold» is an outline entry and a heading element of the section level.
    expect(r.outline[0]).toMatchObject({ title: 'Innhold', page: 0 });
    expect(r.structure?.find((s) => s.role === 'TOC')?.children[0]).toMatchObject({ role: 'H2' });
  });

  it('gives its own anchor an id no heading has', () => {
    const tree = bigTree(8, 5);
    tree.children.unshift(
      {
        type: 'heading',
        level: 1,
        id: 'innhold',
        children: [text('Innhold i prosjektet')],
        source: { line: 1 },
      },
      para('Innledning.'),
    );
    const r = layoutDocument(tree, fakeMeasurer);
    expect(r.contents).toBe(true);
    expect(r.outline.filter((o) => o.title === 'Innhold').map((o) => o.id)).toEqual(['innhold-2']);
    expect(r.anchors['innhold']).toBeDefined();
  });

  it('sets a long title on several lines, none into the number column', () => {
    const tree = bigTree(8, 7);
    const first = tree.children[0]!;
    if (first.type === 'heading') first.children = [text('Et svært langt kapittelnavn '.repeat(6).trim())];
    const r = layoutDocument(tree, fakeMeasurer);
    const lines = r.pages[0]!.items.filter((it): it is TextItem => isText(it) && structOf(it) === 'toc/i0/a');
    const baselines = new Set(lines.map((t) => t.y));
    expect(baselines.size).toBeGreaterThan(1);
    const number = lines.find((t) => Math.abs(t.x + textWidth(t) - body.right) < 0.01)!;
    for (const t of lines) if (t !== number) expect(t.x + textWidth(t)).toBeLessThan(number.x - 10);
    // The number stands on the title's last line.
    expect(number.y).toBe(Math.max(...baselines));
  });
});
