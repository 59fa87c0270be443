/**
 * The painter on bad or unusual input: unreadable and invalid images, JPEG images, links to unknown
 * anchors or with unsupported schemes, non-ASCII URLs. Problems are diagnostics; the file stays valid.
 */
import { describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { drawPdf } from '../../src/writers/pdf/draw-pdf.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import { A4, type Item, type LayoutResult } from '../../src/layout/types.js';
import { BLACK, writeTestPng } from './hand-layout.js';
import { hasTool, openWithPdfjs, run, tempFile } from './tools.js';

const meta = sampleTree().meta;
/** A 6×8 baseline JPEG (made with pdftoppm -jpeg). */
const TINY_JPEG =
  '/9j/4AAQSkZJRgABAQEAAAAAAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcp' +
  'LDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy' +
  'MjIyMjIyMjIyMjIyMjL/wAARCAAIAAYDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA' +
  'AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6' +
  'Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG' +
  'x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREA' +
  'AgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5' +
  'OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPE' +
  'xcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD3LS7S8s7NYr7Unv5x1meJIyfwUAUUUU27' +
  'u4H/2Q==';

function onePage(items: Item[], anchors: LayoutResult['anchors'] = {}): LayoutResult {
  const text: Item = { type: 'text', x: 60, y: 80, text: 'Innhold', font: 'regular', size: 11, color: BLACK };
  return { pages: [{ ...A4, items: [text, ...items] }], outline: [], anchors, diagnostics: [] };
}

async function imageFilters(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) {
      out.push(String(obj.dict.get(PDFName.of('Filter'))));
    }
  }
  return out;
}

describe('images', () => {
  test('a missing or invalid image is an error naming the file; the page keeps a frame', async () => {
    const dir = dirname(writeTestPng());
    const missing = join(dir, 'finnes-ikke.png');
    const invalid = join(dir, 'ikke-bilde.png');
    writeFileSync(invalid, 'dette er tekst');
    const box = { x: 60, y: 100, width: 100, height: 80, alt: 'Bilde' };
    const pdf = await drawPdf(
      onePage([
        { type: 'image', ...box, src: missing },
        { type: 'image', ...box, y: 200, src: invalid },
        { type: 'image', ...box, y: 300, src: missing },
      ]),
      meta,
    );
    expect(pdf.diagnostics.map((d) => [d.severity, d.rule])).toEqual([
      ['error', 'pdf/image-unreadable'],
      ['error', 'pdf/image-invalid'],
    ]);
    expect(pdf.diagnostics[0]!.message).toContain(missing);
    expect(pdf.diagnostics[1]!.message).toContain(invalid);
    expect(await imageFilters(pdf.bytes)).toEqual([]);
    if (hasTool('qpdf')) expect(run('qpdf', ['--check', tempFile(pdf.bytes)]).code).toBe(0);
  });

  test('PNG and JPEG images are embedded once each, even when drawn twice', async () => {
    const png = writeTestPng();
    const jpg = join(dirname(png), 'bilde.jpg');
    writeFileSync(jpg, Buffer.from(TINY_JPEG, 'base64'));
    const box = { x: 60, width: 100, height: 80, alt: 'Bilde' };
    const pdf = await drawPdf(
      onePage([
        { type: 'image', ...box, y: 100, src: png },
        { type: 'image', ...box, y: 200, src: jpg },
        { type: 'image', ...box, y: 300, src: png },
      ]),
      meta,
    );
    expect(pdf.diagnostics).toEqual([]);
    expect((await imageFilters(pdf.bytes)).sort()).toEqual(['/DCTDecode', '/FlateDecode']);
    if (hasTool('pdftoppm')) {
      const r = run('pdftoppm', ['-png', '-r', '20', tempFile(pdf.bytes), join(dirname(png), 'side')]);
      expect(r.code).toBe(0);
      expect(r.out).toBe('');
    }
  });
});

describe('links', () => {
  const at = { x: 60, y: 70, width: 40, height: 12 };

  test('unknown anchors and unsupported schemes are warnings (once each) and get no annotation', async () => {
    const pdf = await drawPdf(
      onePage([
        { type: 'link', ...at, href: '#finnes-ikke' },
        { type: 'link', ...at, href: '#finnes-ikke' },
        { type: 'link', ...at, href: 'ftp://example.no/fil' },
        { type: 'link', ...at, href: '#her' },
      ]),
      meta,
    );
    const pdfWithAnchor = await drawPdf(
      onePage([{ type: 'link', ...at, href: '#her' }], { her: { page: 0, y: 50 } }),
      meta,
    );
    expect(pdf.diagnostics.map((d) => [d.severity, d.rule])).toEqual([
      ['warning', 'pdf/link-target'],
      ['warning', 'pdf/link-scheme'],
      ['warning', 'pdf/link-target'],
    ]);
    expect(pdf.diagnostics[0]!.message).toContain('«#finnes-ikke»');
    expect(pdf.diagnostics[1]!.message).toContain('ftp://example.no/fil');
    const js = await openWithPdfjs(pdf.bytes);
    expect(await (await js.getPage(1)).getAnnotations()).toEqual([]);
    expect(pdfWithAnchor.diagnostics).toEqual([]);
  });

  test('a URL with Norwegian letters is written as ASCII', async () => {
    const pdf = await drawPdf(
      onePage([{ type: 'link', ...at, href: 'https://example.no/søknad?år=2026' }]),
      meta,
    );
    const js = await openWithPdfjs(pdf.bytes);
    const [annot] = await (await js.getPage(1)).getAnnotations();
    expect(annot.url).toBe('https://example.no/s%C3%B8knad?%C3%A5r=2026');
  });
});
