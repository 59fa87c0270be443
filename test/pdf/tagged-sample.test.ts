/**
 * Tagged PDF on the real sample documents: the structure tree read back (pdf-lib for the whole tree,
 * pdf.js for each page's tree and marked-content text) has the headings in order and properly nested,
 * every table cell in TH/TD with header cells scoped, every figure with Alt and a bounding box, every
 * drawn thing inside a structure element or an Artifact, and the structure's text equal to the tree's.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { inlineText, type DocumentTree } from '../../src/tree/types.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { unmarkedPainting } from './content-ops.js';
import { allBlocks, sampleDocuments } from './sample-docs.js';
import {
  allNodes,
  nodeText,
  readMarkedText,
  readStructTree,
  type MarkedText,
  type StructNode,
} from './struct-read.js';
import { openWithPdfjs } from './tools.js';
import { comparable, contentsHeadings, contentsTexts, treeTexts } from './tree-text.js';
import type { PageMap } from '../../src/layout/page-map.js';

/** Structure types of PDF 1.7 (ISO 32000-1, 14.8.4), the ones PDF/UA-1 knows without a RoleMap. */
const STANDARD = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private H H1 H2 H3 H4 H5 H6 P ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

interface Built {
  id: string;
  tree: DocumentTree;
  bytes: Uint8Array;
  pages: PageMap;
  root: StructNode;
  nodes: StructNode[];
  roleMap: Record<string, string>;
  text: MarkedText;
  doc: PDFDocument;
}
const built: Built[] = [];

beforeAll(async () => {
  for (const { id, tree } of await sampleDocuments()) {
    const { bytes, pageMap } = await writePdf(tree);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const { root, roleMap } = readStructTree(doc);
    built.push({
      id,
      tree,
      bytes,
      pages: pageMap,
      root,
      roleMap,
      nodes: allNodes(root),
      text: await readMarkedText(bytes),
      doc,
    });
  }
});

const headingLevel = (role: string): number | undefined => {
  const m = /^H([1-6])$/.exec(role);
  return m ? Number(m[1]) : undefined;
};

describe('tagged sample documents', () => {
  test('one Document root; every structure type is standard or role-mapped to a standard one', () => {
    expect(built.length).toBeGreaterThanOrEqual(3);
    for (const b of built) {
      expect(b.root.role).toBe('Document');
      for (const [from, to] of Object.entries(b.roleMap)) {
        expect(STANDARD.has(from)).toBe(false);
        expect(STANDARD.has(to)).toBe(true);
      }
      const odd = b.nodes.filter((n) => !STANDARD.has(n.role)).map((n) => n.type);
      expect({ id: b.id, odd }).toEqual({ id: b.id, odd: [] });
    }
  });

  test('headings: the title (H1), then the tree’s headings one level below, in order and properly nested', () => {
    for (const b of built) {
      const found = b.nodes
        .filter((n) => headingLevel(n.role) !== undefined)
        .map((n) => ({ level: headingLevel(n.role)!, text: comparable(nodeText(n, b.text.marks)) }));
      const expected = [
        { level: 1, text: comparable(b.tree.meta.title) },
        // The table of contents' own heading, at the level of the sections, where the PDF has one.
        ...(b.pages.contents ? [{ level: 2, text: 'Innhold' }] : []),
        ...allBlocks(b.tree.children)
          .filter((x) => x.type === 'heading')
          .map((h) => ({ level: h.level + 1, text: comparable(inlineText(h.children)) })),
      ];
      expect(found).toEqual(expected);
      expect(found[0]!.level).toBe(1);
      found.forEach((h, i) => {
        if (i > 0) expect(h.level).toBeLessThanOrEqual(found[i - 1]!.level + 1);
      });
      // The title is the title block's Title element (PDF 2.0 type, mapped to H1 for PDF/UA-1).
      expect(b.nodes.find((n) => n.role === 'H1')!.type).toBe('Title');
    }
  });

  test('tables: one Table per tree table, rows of TH/TD, header cells scoped, spans as in the tree', () => {
    let rowHeaders = 0;
    let spans = 0;
    for (const b of built) {
      const tables = b.nodes.filter((n) => n.role === 'Table');
      const treeTables = allBlocks(b.tree.children).filter((x) => x.type === 'table');
      expect(tables).toHaveLength(treeTables.length);
      tables.forEach((t, i) => {
        const tt = treeTables[i]!;
        if (tt.type !== 'table') return;
        expect(t.children.map((c) => c.role)).toEqual([
          ...(tt.caption?.length ? ['Caption'] : []),
          ...(tt.header.length ? ['THead'] : []),
          'TBody',
        ]);
        const rows = t.children.filter((c) => c.role !== 'Caption').flatMap((g) => g.children);
        expect(rows.every((r) => r.role === 'TR')).toBe(true);
        const expected = [...tt.header, ...tt.body].map((r) => r.cells.map((c) => inlineText(c.children)));
        const cells = rows.map((r) => r.children.map((c) => nodeText(c, b.text.marks)));
        expect(cells.map((r) => r.map(comparable))).toEqual(expected.map((r) => r.map(comparable)));
        const treeRows = [...tt.header, ...tt.body];
        rows.forEach((r, ri) => {
          const head = ri < tt.header.length;
          r.children.forEach((c, ci) => {
            // Column headers, then a row header first in each body row of a table whose first column names
            // the rows; every other cell is data.
            const scope = head ? 'Column' : ci === 0 && tt.rowHeaders ? 'Row' : undefined;
            expect(c.role).toBe(scope ? 'TH' : 'TD');
            expect(c.scope).toBe(scope);
            const span = treeRows[ri]!.cells[ci]!.colSpan;
            expect(c.colSpan).toBe(span && span > 1 ? span : undefined);
            if (c.scope === 'Row') rowHeaders++;
            if (c.colSpan) spans++;
          });
        });
      });
    }
    // The sample has key/value tables and sum rows whose label spans the empty «Form» column.
    expect(rowHeaders).toBeGreaterThan(0);
    expect(spans).toBeGreaterThan(0);
  });

  test('figures: the chart’s text alternative as Alt, and a bounding box on the page (pdf.js)', async () => {
    for (const b of built) {
      const charts = allBlocks(b.tree.children).flatMap((x) => (x.type === 'chart' ? [x] : []));
      const js = await openWithPdfjs(b.bytes);
      const figures: { alt?: string; bbox?: number[] }[] = [];
      for (let p = 1; p <= js.numPages; p++) {
        const page = await js.getPage(p);
        const [, , w, h] = page.view as number[];
        const walk = (n: { role?: string; alt?: string; bbox?: number[]; children?: unknown[] }): void => {
          if (n.role === 'Figure') {
            figures.push(n);
            expect(n.bbox).toHaveLength(4);
            const [x1, y1, x2, y2] = n.bbox!;
            expect(x1! >= 0 && y1! >= 0 && x2! <= w! && y2! <= h! && x2! > x1! && y2! > y1!).toBe(true);
          }
          for (const c of n.children ?? []) walk(c as never);
        };
        walk((await page.getStructTree()) as never);
      }
      await js.destroy();
      expect(figures.map((f) => f.alt)).toEqual(charts.map((c) => c.alt));
      for (const f of figures) expect(f.alt!.trim().length).toBeGreaterThan(20);
    }
  });

  test('every text piece is in a structure element or an Artifact; nothing is painted unmarked', () => {
    for (const b of built) {
      expect({ id: b.id, unmarked: b.text.unmarked }).toEqual({ id: b.id, unmarked: [] });
      const painted = unmarkedPainting(b.doc);
      expect({ id: b.id, ...painted }).toEqual({ id: b.id, unmarked: [], balanced: true });
      // Furniture is there, as artifacts only.
      const artifacts = b.text.artifacts.join(' ');
      expect(artifacts).toMatch(/Side 1 av \d+/);
      // The watermark is drawn as outlines: no text tool finds its letters.
      expect(artifacts).not.toContain('UTKAST');
      // Every marked-content sequence belongs to exactly one structure element.
      const owned = b.nodes.flatMap((n) => n.marks.map((m) => `${m.page}:${m.mcid}`));
      expect(new Set(owned).size).toBe(owned.length);
      expect([...b.text.marks.keys()].filter((k) => !owned.includes(k))).toEqual([]);
    }
  });

  test('the structure’s text, in structure order, equals the tree’s text', () => {
    for (const b of built) {
      const [titleBlock, ...body] = b.root.children;
      expect(titleBlock!.role).toBe('Div');
      const titleTexts = titleBlock!.children.map((c) => comparable(nodeText(c, b.text.marks)));
      expect(titleTexts.slice(0, 2)).toEqual([
        comparable(b.tree.meta.documentType.toUpperCase()),
        comparable(b.tree.meta.title),
      ]);
      // List labels (bullets, numbers) are generated, not tree text; a figure's Alt replaces its content.
      const withoutLabels = (n: StructNode): string =>
        n.role === 'Lbl' || n.role === 'Figure'
          ? ''
          : n.kids
              .map((k) => ('role' in k ? withoutLabels(k) : (b.text.marks.get(`${k.page}:${k.mcid}`) ?? '')))
              .join('');
      const structText = comparable(body.map(withoutLabels).join(''));
      const contents = contentsTexts(b.tree, b.pages);
      expect(structText).toBe(comparable([...contents, ...treeTexts(b.tree)].join('')));
      // The contents are one TOC element of TOCI entries, each a Link to its heading.
      const toc = b.nodes.filter((n) => n.role === 'TOC');
      expect(toc).toHaveLength(b.pages.contents ? 1 : 0);
      if (toc[0])
        expect(toc[0].children.filter((c) => c.role === 'TOCI')).toHaveLength(
          contentsHeadings(b.tree).length,
        );
      expect(structText).not.toContain('UTKAST');
    }
  });

  test('link elements hold their annotation; list items have a label and a body', () => {
    for (const b of built) {
      for (const l of b.nodes.filter((n) => n.role === 'Link')) expect(l.annotations).toBe(1);
      for (const li of b.nodes.filter((n) => n.role === 'LI')) {
        expect(li.children.map((c) => c.role)).toEqual(['Lbl', 'LBody']);
      }
    }
  });
});
