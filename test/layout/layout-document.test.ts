import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layout-document.js';
import type { LayoutResult } from '../../src/layout/types.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block, DocumentTree } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import {
  expectInsideMargins,
  checkLines,
  contentTexts,
  isArtifact,
  isText,
  linesOf,
  roleOf,
  structOf,
} from './inspect.js';
import { bigTree, budgetTable, para, rng, words } from './trees.js';

const layout = (tree: DocumentTree): LayoutResult => layoutDocument(tree, fakeMeasurer);

describe('layoutDocument on the sample tree', () => {
  const r = layout(sampleTree());

  it('lays out every block inside the margins, title block first', () => {
    expectInsideMargins(r);
    const first = contentTexts(r)[0]!;
    expect(first[0]!.text).toBe('SØKNAD');
    expect(first.map((t) => t.text)).toContain('Søknad om tilskudd til Felles Ansvar');
    for (const v of ['Nordland fylkeskommune', 'Polarsirkelrådet', '16. september 2025']) {
      expect(first.map((t) => t.text)).toContain(v);
    }
  });

  it('keeps the reading order of the tree and its text', () => {
    const all = contentTexts(r)
      .flat()
      .map((t) => t.text)
      .join('');
    for (const s of [
      'Bakgrunn',
      'Tidlig innsats',
      'Hemnes',
      'Budsjett',
      'Fagstillinger',
      'Dette er et utkast.',
    ]) {
      expect(all).toContain(s);
    }
    expect(all.indexOf('Bakgrunn')).toBeLessThan(all.indexOf('Budsjett'));
    expect(all).not.toContain('\u00ad');
  });

  it('produces outline entries and anchors for the headings', () => {
    expect(r.outline.map((o) => [o.id, o.level, o.page])).toEqual([
      ['bakgrunn', 1, 0],
      ['budsjett', 2, 0],
    ]);
    expect(r.anchors['budsjett']).toEqual({ page: 0, y: r.outline[1]!.y });
    const link = r.pages[0]!.items.find((i) => i.type === 'link' && i.href === '#budsjett');
    expect(link).toBeDefined();
  });

  it('sets the page break, lists with labels, the unresolved marker and a chart box', () => {
    expect(r.pages.length).toBe(2);
    const page2 = contentTexts(r)[1]!;
    expect(page2[0]!.text).toBe('Mo i Rana, 16. september 2025');
    const labels = r.pages[0]!.items.filter((i) => roleOf(i) === 'Lbl').map((i) => (isText(i) ? i.text : ''));
    expect(labels).toEqual(['•', '•', '1.', '2.']);
    const marker = r.pages[0]!.items.filter(isText).filter((t) => t.text === 'Ikke avklart');
    expect(marker.length).toBe(3);
    for (const m of marker) expect(m.font).toBe('boldItalic');
    const chart = r.pages[0]!.items.find((i) => i.type === 'chart');
    // The chart module sizes the box: axis 24 + gap 2 + 2 rows of 26 (room for two lines at 9 pt) +
    // legend 18.
    expect(chart).toMatchObject({ height: 96, tag: { role: 'Figure' } });
  });

  it('puts furniture on every page: header from page 2, «Side X av Y», date and version, watermark in drafts', () => {
    r.pages.forEach((p, i) => {
      const furniture = p.items
        .filter(isText)
        .filter(isArtifact)
        .map((t) => t.text);
      expect(furniture).toContain(`Side ${i + 1} av ${r.pages.length}`);
      expect(furniture).toContain('16. september 2025 · utkast 1');
      expect(furniture.includes('Felles Ansvar – søknad')).toBe(i > 0);
      expect(furniture.filter((t) => t === 'UTKAST')).toHaveLength(1);
    });
    const final = layout(sampleTree({ draft: false }));
    for (const p of final.pages) expect(p.items.filter(isText).some((t) => t.text === 'UTKAST')).toBe(false);
  });

  it('sets the total row in bold with a strong rule above it', () => {
    const total = r.pages[0]!.items.filter(isText).filter((t) => structOf(t)?.startsWith('b4/r2/'));
    expect(total.map((t) => t.text)).toEqual(['Sum', '2 500 000 kr', '3 000 000 kr']);
    for (const t of total) expect(t.font).toBe('bold');
    const top = Math.min(...total.map((t) => t.y - t.size));
    const rule = r.pages[0]!.items.find(
      (i) => i.type === 'line' && i.width === 0.8 && i.y1 <= top && i.y1 > top - 6 && i.y1 === i.y2,
    );
    expect(rule).toBeDefined();
    // Numbers are right-aligned: the ends of the amounts line up with the header's year.
    const texts = r.pages[0]!.items.filter(isText);
    const end = (s: string, k: string) => {
      const t = texts.find((x) => x.text === s && structOf(x)?.startsWith(k))!;
      return t.x + fakeMeasurer.width(t.text, t.font, t.size);
    };
    expect(end('3 000 000 kr', 'b4/r0')).toBeCloseTo(end('2027', 'b4/h0'));
  });

  it('returns a structure tree with tables, lists and figure alt text', () => {
    const roles = JSON.stringify(r.structure);
    for (const role of [
      '"Table"',
      '"THead"',
      '"TH"',
      '"TBody"',
      '"TD"',
      '"L"',
      '"LI"',
      '"Lbl"',
      '"LBody"',
      '"Figure"',
    ]) {
      expect(roles).toContain(role);
    }
    expect(roles).toContain('"lang":"se"');
    // Every content item names an element that exists in the tree.
    const keys = new Set<string>();
    const walk = (els: NonNullable<LayoutResult['structure']>) => {
      for (const e of els) {
        keys.add(e.key);
        walk(e.children);
      }
    };
    walk(r.structure!);
    for (const p of r.pages)
      for (const it of p.items)
        if (!isArtifact(it)) expect(keys.has(structOf(it)!), JSON.stringify(it)).toBe(true);
  });
});

describe('layoutDocument on long generated documents', () => {
  const tree = bigTree(60, 3, true);
  const r = layout(tree);

  it('fills many pages, all inside the margins', () => {
    expect(r.pages.length).toBeGreaterThan(30);
    expectInsideMargins(r);
  });

  it('leaves no single line of a paragraph alone at the top or bottom of a page', () => {
    const keys = new Set<string>();
    for (const p of r.pages) for (const it of p.items) if (roleOf(it) === 'P') keys.add(structOf(it)!);
    let split = 0;
    for (const key of keys) {
      const ls = linesOf(r, key);
      const pages = new Set(ls.map((l) => l.page));
      if (pages.size < 2) continue;
      split++;
      for (const page of pages)
        expect(ls.filter((l) => l.page === page).length, key).toBeGreaterThanOrEqual(2);
    }
    expect(split).toBeGreaterThan(5);
  });

  it('never ends a page with a heading', () => {
    for (const texts of contentTexts(r)) {
      expect(roleOf(texts[texts.length - 1]!)).not.toMatch(/^H[123]$/);
    }
  });

  it("keeps every paragraph's text intact with valid hyphenation", () => {
    tree.children.forEach((b, i) => {
      if (b.type !== 'paragraph') return;
      const text = b.children.map((c) => (c.type === 'text' ? c.text : '')).join('');
      expect(
        checkLines(
          text,
          linesOf(r, `b${i}`).map((l) => l.text),
        ),
        `b${i}`,
      ).toEqual([]);
    });
  });

  it('numbers the pages «Side X av Y» with the right total', () => {
    r.pages.forEach((p, i) => {
      expect(
        p.items.filter(isText).filter((t) => t.text === `Side ${i + 1} av ${r.pages.length}`),
      ).toHaveLength(1);
    });
  });
});

describe('blocks kept together', () => {
  it('never splits the signature block, wherever it falls', () => {
    const rand = rng(11);
    const base = sampleTree();
    const sig = base.children.find((b) => b.type === 'signature')!;
    for (let n = 20; n < 60; n += 3) {
      const children: Block[] = [];
      for (let i = 0; i < n; i++) children.push(para(words(12 + (i % 7) * 5, rand)));
      children.push(sig);
      const r = layout({ ...base, children });
      const pages = new Set(linesOf(r, `b${n}`).map((l) => l.page));
      expect(pages.size, `n=${n}`).toBe(1);
      expectInsideMargins(r);
    }
  });

  it('keeps a heading with the first two lines of the next paragraph', () => {
    const rand = rng(13);
    for (let n = 30; n < 50; n++) {
      const children: Block[] = [];
      for (let i = 0; i < n; i++) children.push(para(words(10, rand)));
      children.push({
        type: 'heading',
        level: 2,
        id: 'h',
        children: [{ type: 'text', text: 'Overskrift' }],
        source: { line: 1 },
      });
      children.push(para(words(80, rand)));
      const r = layout({ ...sampleTree(), children });
      const h = linesOf(r, `b${n}`)[0]!;
      const next = linesOf(r, `b${n + 1}`);
      expect(next.filter((l) => l.page === h.page).length, `n=${n}`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('lead-in paragraphs', () => {
  it('keeps a short all-bold paragraph with the table after it', () => {
    const rand = rng(23);
    for (let n = 30; n < 50; n++) {
      const children: Block[] = [];
      for (let i = 0; i < n; i++) children.push(para(words(10, rand)));
      children.push(para([{ type: 'strong', children: [{ type: 'text', text: 'Kommunene i regionen' }] }]));
      const table = budgetTable(3, false);
      if (table.type === 'table') delete table.caption;
      children.push(table);
      const r = layout({ ...sampleTree(), children });
      const title = linesOf(r, `b${n}`)[0]!;
      const header = linesOf(r, `b${n + 1}/h0`)[0]!;
      expect(header.page, `n=${n}`).toBe(title.page);
    }
  });
});
