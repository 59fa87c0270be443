import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { zlibDeflate } from '../../src/writers/deflate.js';
import { installFlateStreams, PDF_LEVEL } from '../../src/writers/pdf/flate-streams.js';
import { allProjectPdfs } from './sample-docs.js';

/** Every FlateDecode stream of the file, by its /Type (or /Subtype, or «-»), with its stored bytes. */
async function flateStreams(bytes: Uint8Array): Promise<{ kind: string; stored: Uint8Array }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    if (String(obj.dict.get(PDFName.of('Filter'))) !== '/FlateDecode') continue;
    const kind = String(obj.dict.get(PDFName.of('Type')) ?? obj.dict.get(PDFName.of('Subtype')) ?? '-');
    out.push({ kind, stored: obj.getContents() });
  }
  return out;
}

/** The stream's bytes are what libdeflate makes of its decoded contents at the PDF level. */
function madeByLibdeflate(stored: Uint8Array): boolean {
  const decoded = new Uint8Array(inflateSync(stored));
  return Buffer.from(zlibDeflate(decoded, PDF_LEVEL)).equals(Buffer.from(stored));
}

describe('PDF streams compressed by libdeflate', () => {
  let pdfs: Awaited<ReturnType<typeof allProjectPdfs>>;
  beforeAll(async () => {
    pdfs = await allProjectPdfs();
  });

  it('every FlateDecode stream of every sample PDF: page contents, fonts, object and cross-reference streams', async () => {
    const kinds = new Set<string>();
    for (const pdf of pdfs) {
      const streams = await flateStreams(readFileSync(pdf.file));
      expect(streams.length, pdf.name).toBeGreaterThan(3);
      for (const s of streams) {
        kinds.add(s.kind);
        expect(madeByLibdeflate(s.stored), `${pdf.name}: a ${s.kind} stream`).toBe(true);
      }
    }
    // pdf-lib's own streams (object streams, the cross-reference stream) are among them.
    expect(kinds).toContain('/ObjStm');
    expect(kinds).toContain('/XRef');
    expect(kinds).toContain('-');
  });

  it('pdf-lib’s own embedders and writer use it too once installed (a PNG, object streams)', async () => {
    installFlateStreams();
    const doc = await PDFDocument.create();
    // A 2×2 RGB PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
      'base64',
    );
    const image = await doc.embedPng(png);
    doc.addPage([100, 100]).drawImage(image, { x: 0, y: 0, width: 10, height: 10 });
    const bytes = await doc.save({ useObjectStreams: true });
    const streams = await flateStreams(bytes);
    expect(streams.map((s) => s.kind)).toEqual(expect.arrayContaining(['/XObject', '/ObjStm', '/XRef']));
    // pdf-lib's page content stream (PDFContentStream) is its own class and keeps pdf-lib's compression:
    // grantdocs never draws through pdf-lib's page API (draw-pdf.ts writes each page's stream itself).
    for (const s of streams.filter((s) => s.kind !== '-')) {
      expect(madeByLibdeflate(s.stored), s.kind).toBe(true);
    }
    const back = await PDFDocument.load(bytes);
    expect(back.getPageCount()).toBe(1);
  });
});
