/**
 * The painter on a hand-made layout: text comes back exactly, fonts are subsets that decode, links,
 * outline and metadata read back with pdf.js, and external tools accept the file.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument, PDFName, PDFDict, PDFBool } from '@cantoo/pdf-lib';
import { drawPdf, type PdfResult } from '../../src/writers/pdf/draw-pdf.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import { handLayout, PAGE1_LINES, writeTestPng } from './hand-layout.js';
import { embeddedFonts, glyphProblems, misalignGlyphOffsets } from './embedded-fonts.js';
import { hasTool, openWithPdfjs, pageTexts, run, squash, tempFile } from './tools.js';

const meta = sampleTree().meta;
let result: PdfResult;
let png: string;

beforeAll(async () => {
  png = writeTestPng();
  result = await drawPdf(handLayout(png), meta);
});

describe('drawPdf on a hand-made layout', () => {
  test('paints every page without diagnostics', () => {
    expect(result.pages).toBe(3);
    expect(result.diagnostics).toEqual([]);
  });

  test('extracted text equals the drawn lines in order, æøå and Sámi letters included', async () => {
    const pages = await pageTexts(result.bytes);
    expect(pages).toHaveLength(3);
    const lines = pages[0]!.split('\n').map(squash);
    // The body first, then the running header and footer; the watermark is outlines, not text.
    expect(lines).toEqual([
      'Bakgrunn',
      ...PAGE1_LINES,
      'Kursiv tekst og fet kursiv',
      'Felles Ansvar – søknad',
      'Side 1 av 3',
    ]);
    expect(pages[0]).toContain('Porsáŋgu, Divtasvuotna, čđŋšŧž');
    expect(squash(pages[1]!)).toContain('Fagstillinger 2 500 000 kr');
    expect(pages[1]).toContain('Tidslinje');
  });

  test('fonts are embedded subsets with six-letter tags', async () => {
    const fonts = await embeddedFonts(result.bytes);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'SourceSans3-Bold',
      'SourceSans3-BoldIt',
      'SourceSans3-It',
      'SourceSans3-Regular',
    ]);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+/);
      expect(f.program.length).toBeLessThan(30_000);
    }
  });

  test('every glyph of every embedded font decodes to the original outline', async () => {
    const fonts = await embeddedFonts(result.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.unicode.size).toBeGreaterThan(5);
      expect(glyphProblems(f)).toEqual([]);
    }
  });

  test('the glyph check catches a corrupted subset (misaligned glyph records)', async () => {
    const [f] = await embeddedFonts(result.bytes);
    const broken = { ...f!, program: misalignGlyphOffsets(f!.program) };
    expect(glyphProblems(broken).length).toBeGreaterThan(0);
  });

  test('outline reads back with nesting, titles and target pages', async () => {
    const pdf = await openWithPdfjs(result.bytes);
    const root = await pdf.getOutline();
    // The document title is the root; the headings nest under it.
    expect(root.map((o) => o.title)).toEqual([meta.title]);
    expect(await pdf.getPageIndex((root[0]!.dest as [{ num: number; gen: number }])[0])).toBe(0);
    const outline = root[0]!.items;
    expect(outline.map((o) => o.title)).toEqual(['Bakgrunn']);
    expect(outline[0]!.items.map((o: { title: string }) => o.title)).toEqual([
      'Budsjett',
      'Signatur – Mo i Rana',
    ]);
    const target = async (dest: unknown): Promise<number> =>
      pdf.getPageIndex((dest as [{ num: number; gen: number }])[0]);
    expect(await target(outline[0]!.dest)).toBe(0);
    expect(await target(outline[0]!.items[0]!.dest)).toBe(1);
    expect(await target(outline[0]!.items[1]!.dest)).toBe(2);
    // The heading's top (y = 88 from the top) is where the bookmark scrolls to.
    expect((outline[0]!.items[0]!.dest as unknown[])[3]).toBeCloseTo(841.89 - 88, 1);
  });

  test('link annotations: URI for web and mail links, Dest for internal references', async () => {
    const pdf = await openWithPdfjs(result.bytes);
    const p1 = await (await pdf.getPage(1)).getAnnotations();
    const links = p1.filter((a: { subtype: string }) => a.subtype === 'Link');
    expect(links).toHaveLength(2);
    expect(links[0].url).toBe('https://www.politiet.no/');
    expect(await pdf.getPageIndex(links[1].dest[0])).toBe(1);
    const p2 = await (await pdf.getPage(2)).getAnnotations();
    expect(p2[0].url).toBe('mailto:post@polarsirkelradet.no');
    // The link rectangle covers the word «rapporten» on the second line (PDF y grows upwards).
    const [x1, y1, x2, y2] = links[0].rect as number[];
    expect(x2! - x1!).toBeGreaterThan(30);
    expect(y1!).toBeLessThan(841.89 - 145 + 1);
    expect(y2!).toBeGreaterThan(841.89 - 145);
  });

  test('metadata, language and viewer preferences', async () => {
    const pdf = await openWithPdfjs(result.bytes);
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info.Title).toBe(meta.title);
    expect(info.Author).toBe(meta.author);
    expect(info.Subject).toBe(meta.subject);
    expect(info.Keywords).toBe('Felles Ansvar, Polarsirkelrådet');
    expect(info.Creator).toBe('grantdocs');
    expect(info.Producer).toBe('grantdocs (@cantoo/pdf-lib)');
    expect(info.CreationDate).toBe('D:20250916000000Z');
    expect(info.ModDate).toBe('D:20250916000000Z');
    expect(info.Language).toBe('nb-NO');
    const doc = await PDFDocument.load(result.bytes, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(doc.context.trailerInfo.ID).toBeDefined();
  });

  test('marks content for tagging: artifacts and MCIDs', async () => {
    const pdf = await openWithPdfjs(result.bytes);
    const content = await (await pdf.getPage(1)).getTextContent({ includeMarkedContent: true });
    const items = content.items as unknown as { type?: string; tag?: string; id?: string | null }[];
    const marks = items
      .filter((i) => i.type === 'beginMarkedContentProps' || i.type === 'beginMarkedContent')
      .map((i) => i.tag);
    // Artifact shapes are painted first, beneath the content (the watermark and the rule under the
    // text share one sequence); the header and footer text come last, after the body.
    expect(marks[0]).toBe('Artifact');
    expect(marks[marks.length - 1]).toBe('Artifact');
    expect(marks.filter((t) => t === 'Artifact')).toHaveLength(2);
    // The heading, the three body lines (one element) and the italic line (another).
    expect(marks.filter((t) => t !== 'Artifact')).toEqual(['H1', 'P', 'P']);
    const ids = items.filter((i) => i.type === 'beginMarkedContentProps').map((i) => i.id);
    expect(new Set(ids.filter(Boolean)).size).toBe(3);
  });

  test('two runs give identical bytes, also in another time zone', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const again = await drawPdf(handLayout(png), meta);
      expect(Buffer.from(again.bytes).equals(Buffer.from(result.bytes))).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  test('a different document gets a different /ID', async () => {
    const other = await drawPdf(handLayout(png), { ...meta, title: 'Et annet dokument' });
    const id = (b: Uint8Array) => /\/ID \[ <([0-9A-F]+)>/.exec(Buffer.from(b).toString('latin1'))?.[1];
    // With object streams the trailer is the cross-reference stream dictionary, which is not compressed.
    expect(id(result.bytes)).toMatch(/^[0-9A-F]{32}$/);
    expect(id(other.bytes)).not.toBe(id(result.bytes));
  });

  test.runIf(hasTool('qpdf'))('qpdf --check accepts the file', () => {
    const r = run('qpdf', ['--check', tempFile(result.bytes)]);
    expect(r.out).toContain('No syntax or stream encoding errors');
    expect(r.code).toBe(0);
  });

  test.runIf(hasTool('pdffonts'))('pdffonts lists embedded subset fonts with ToUnicode', () => {
    const r = run('pdffonts', [tempFile(result.bytes)]);
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').filter((l) => /\+SourceSans3/.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});
