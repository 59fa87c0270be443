/**
 * The PDFs of the real sample project (content/felles-ansvar): every document's tree text comes back in
 * reading order, every glyph decodes, qpdf accepts the files, the applications stay small, and the painter
 * reports nothing.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { checkProject } from '../../src/content/check.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { writePdf, type PdfWithPages } from '../../src/writers/pdf/write-pdf.js';
import { embeddedFonts, glyphProblems } from './embedded-fonts.js';
import { hasTool, openWithPdfjs, pageTexts, run, tempFile } from './tools.js';
import { missingInOrder, treeTexts, withoutFurniture } from './tree-text.js';

const DIR = 'content/felles-ansvar';
const built: { id: string; type: string; tree: DocumentTree; pdf: PdfWithPages }[] = [];

beforeAll(async () => {
  const checked = await checkProject(DIR, { final: false });
  if (!checked.project) throw new Error(JSON.stringify(checked.diagnostics.slice(0, 3)));
  const facts = deriveFacts(checked.project);
  for (const doc of checked.project.dokumenter) {
    const { tree, diagnostics } = buildDocumentTree(checked.project, facts, doc, {
      projectDir: DIR,
      templatesDir: 'templates',
      draft: true,
    });
    if (!tree) throw new Error(JSON.stringify(diagnostics.slice(0, 3)));
    built.push({ id: doc.id, type: doc.type, tree, pdf: await writePdf(tree) });
  }
});

describe('PDFs of the sample project', () => {
  test('all documents are written, and the painter reports no problems', () => {
    expect(built.length).toBeGreaterThanOrEqual(3);
    for (const b of built) {
      expect(b.pdf.pages).toBeGreaterThan(1);
      expect(b.pdf.diagnostics.filter((d) => d.rule.startsWith('pdf/'))).toEqual([]);
    }
  });

  test('extracted text holds the tree text in reading order, æøå included', async () => {
    for (const b of built) {
      const pages = await pageTexts(b.pdf.bytes);
      const text = pages.map((p) => withoutFurniture(p, b.tree.meta.shortTitle)).join('\n');
      expect({ id: b.id, missing: missingInOrder(treeTexts(b.tree), text) }).toEqual({
        id: b.id,
        missing: [],
      });
      expect(text).toMatch(/[æøå]/);
    }
  });

  test('every glyph of every embedded font decodes to the original outline', async () => {
    for (const b of built) {
      for (const f of await embeddedFonts(b.pdf.bytes)) expect(glyphProblems(f)).toEqual([]);
    }
  });

  test('bookmarks are the headings of the tree', async () => {
    for (const b of built) {
      const pdf = await openWithPdfjs(b.pdf.bytes);
      const flat: string[] = [];
      const walk = (items: { title: string; items: unknown[] }[]): void =>
        items.forEach((i) => (flat.push(i.title), walk(i.items as never)));
      walk(await pdf.getOutline());
      const headings = b.tree.children.filter((c) => c.type === 'heading').length;
      // The document title, the table of contents (where there is one), every heading and each attachment.
      const contents = b.pdf.pageMap.contents ? 1 : 0;
      expect(flat.length).toBe(1 + contents + headings + b.tree.meta.attachments.length);
      if (contents) expect(flat).toContain('Innhold');
    }
  });

  test('applications are small (subset fonts, compressed streams)', () => {
    for (const b of built.filter((x) => x.type === 'søknad')) {
      // Goal: a five-page application ≤ 60 KB, i.e. 12 KB a page. The sample's are 8–9 pages with a table
      // of contents, at 7–7.5 KB a page; 8 KB a page leaves little room for growth.
      expect(b.pdf.bytes.length / b.pdf.pages).toBeLessThanOrEqual(8_000);
    }
  });

  test.runIf(hasTool('qpdf'))('qpdf --check accepts every file', () => {
    for (const b of built) {
      const r = run('qpdf', ['--check', tempFile(b.pdf.bytes)]);
      expect(r.out).toContain('No syntax or stream encoding errors');
      expect(r.code).toBe(0);
    }
  });
});
