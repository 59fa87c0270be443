/**
 * writePdf end to end on document trees (layout engine + painter): the tree's text comes back in reading
 * order, headings become bookmarks, links work, glyphs decode, builds are byte-identical, the file is
 * small, and attachments are appended (or reported).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { writePdf, type PdfResult } from '../../src/writers/pdf/write-pdf.js';
import { createMeasurer } from '../../src/fonts/measurer.js';
import { layoutDocument } from '../../src/layout/layout-document.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import { inlineText } from '../../src/tree/types.js';
import { embeddedFonts, glyphProblems } from './embedded-fonts.js';
import { longTree } from './long-tree.js';
import { hasTool, openWithPdfjs, pageTexts, run, tempFile } from './tools.js';
import { missingInOrder, treeTexts, withoutFurniture } from './tree-text.js';

const tree = sampleTree();
let sample: PdfResult;

beforeAll(async () => {
  sample = await writePdf(tree);
});

describe('writePdf on the sample tree', () => {
  test('has pages and no diagnostics', () => {
    expect(sample.pages).toBeGreaterThanOrEqual(2);
    expect(sample.diagnostics).toEqual([]);
  });

  test('extracted text holds every block of the tree in reading order', async () => {
    const pages = await pageTexts(sample.bytes);
    const text = pages.map((p) => withoutFurniture(p, tree.meta.shortTitle)).join('\n');
    expect(missingInOrder(treeTexts(tree), text)).toEqual([]);
    expect(text).toContain('Polarsirkelrådet');
    expect(text).toContain('čđŋšŧž');
    expect(text).toContain('Porsáŋgu');
  });

  test('every glyph of every embedded font decodes', async () => {
    const fonts = await embeddedFonts(sample.bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) expect(glyphProblems(f)).toEqual([]);
  });

  test('bookmarks follow the headings', async () => {
    const pdf = await openWithPdfjs(sample.bytes);
    const outline = await pdf.getOutline();
    const flat: string[] = [];
    const walk = (items: { title: string; items: unknown[] }[]): void =>
      items.forEach((i) => (flat.push(i.title), walk(i.items as never)));
    walk(outline);
    const headings = tree.children.flatMap((b) => (b.type === 'heading' ? [inlineText(b.children)] : []));
    // The document title first, as the root, then the headings.
    expect(flat).toEqual([tree.meta.title, ...headings]);
    // «Budsjett» (level 2) sits under «Bakgrunn» (level 1), under the title.
    expect(outline[0]!.items[0]!.items.map((i: { title: string }) => i.title)).toEqual(['Budsjett']);
  });

  test('the external link and the internal reference work', async () => {
    const layout = layoutDocument(tree, createMeasurer());
    const pdf = await openWithPdfjs(sample.bytes);
    const annots = [];
    for (let p = 1; p <= pdf.numPages; p++) annots.push(...(await (await pdf.getPage(p)).getAnnotations()));
    const links = annots.filter((a: { subtype: string }) => a.subtype === 'Link');
    expect(links.some((l: { url?: string }) => l.url === 'https://www.politiet.no/')).toBe(true);
    const internal = links.find((l: { dest?: unknown }) => Array.isArray(l.dest));
    expect(internal).toBeDefined();
    expect(await pdf.getPageIndex(internal.dest[0])).toBe(layout.anchors['budsjett']!.page);
  });

  test('two builds are byte-identical', async () => {
    const again = await writePdf(sampleTree());
    expect(Buffer.from(again.bytes).equals(Buffer.from(sample.bytes))).toBe(true);
  });

  test.runIf(hasTool('qpdf'))('qpdf --check accepts the file', () => {
    const r = run('qpdf', ['--check', tempFile(sample.bytes)]);
    expect(r.out).toContain('No syntax or stream encoding errors');
    expect(r.code).toBe(0);
  });
});

describe('a five-page application', () => {
  test('is at most 60 KB and its text and glyphs come back', async () => {
    const long = longTree(5);
    const pdf = await writePdf(long);
    expect(pdf.pages).toBeGreaterThanOrEqual(5);
    expect(pdf.pages).toBeLessThanOrEqual(6);
    expect(pdf.bytes.length).toBeLessThanOrEqual(60_000);
    const pages = await pageTexts(pdf.bytes);
    const text = pages.map((p) => withoutFurniture(p, long.meta.shortTitle)).join('\n');
    expect(missingInOrder(treeTexts(long), text)).toEqual([]);
    for (const f of await embeddedFonts(pdf.bytes)) expect(glyphProblems(f)).toEqual([]);
  });
});

describe('attachments', () => {
  async function attachmentPdf(dir: string): Promise<string> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const n of [1, 2])
      doc.addPage([300, 400]).drawText(`Vedleggsside ${n}`, { x: 40, y: 300, font, size: 14 });
    const file = join(dir, 'vedlegg.pdf');
    writeFileSync(file, await doc.save());
    return file;
  }

  test('a valid PDF is appended after the document with a bookmark', async () => {
    const dir = dirname(tempFile(new Uint8Array(0), 'x'));
    const file = await attachmentPdf(dir);
    const pdf = await writePdf(
      sampleTree({ attachments: [{ title: 'Vedlegg 1: Prinsippvedtak', path: file }] }),
    );
    expect(pdf.diagnostics).toEqual([]);
    expect(pdf.pages).toBe(sample.pages + 2);
    const texts = await pageTexts(pdf.bytes);
    expect(texts[sample.pages]).toContain('Vedleggsside 1');
    expect(texts[sample.pages + 1]).toContain('Vedleggsside 2');
    const js = await openWithPdfjs(pdf.bytes);
    const outline = await js.getOutline();
    const last = outline[outline.length - 1]!;
    expect(last.title).toBe('Vedlegg 1: Prinsippvedtak');
    expect(await js.getPageIndex((last.dest as [{ num: number; gen: number }])[0])).toBe(sample.pages);
    if (hasTool('qpdf')) expect(run('qpdf', ['--check', tempFile(pdf.bytes)]).code).toBe(0);
  });

  test('an invalid or missing file is an error naming it', async () => {
    const bad = tempFile(new TextEncoder().encode('dette er ikke en pdf'), 'ugyldig.pdf');
    const gone = join(dirname(bad), 'finnes-ikke.pdf');
    const pdf = await writePdf(
      sampleTree({
        attachments: [
          { title: 'Ugyldig', path: bad },
          { title: 'Borte', path: gone },
        ],
      }),
    );
    expect(pdf.diagnostics.map((d) => [d.severity, d.rule])).toEqual([
      ['error', 'pdf/attachment-invalid'],
      ['error', 'pdf/attachment-unreadable'],
    ]);
    expect(pdf.diagnostics[0]!.message).toContain(bad);
    expect(pdf.diagnostics[0]!.message).toContain('«Ugyldig»');
    expect(pdf.diagnostics[1]!.message).toContain(gone);
    expect(pdf.pages).toBe(sample.pages);
  });
});
