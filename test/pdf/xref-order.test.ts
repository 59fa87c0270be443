import { PDFCrossRefStream, PDFDocument, PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { appendEntry, installXrefOrder } from '../../src/writers/pdf/xref-order.js';

/** pdf-lib's own method, as it was before the replacement: findIndex, then push or splice. */
function scanAppend(entries: { ref: { objectNumber: number } }[], entry: { ref: { objectNumber: number } }) {
  const i = entries.findIndex((e) => e.ref.objectNumber > entry.ref.objectNumber);
  if (i < 0) entries.push(entry);
  else entries.splice(i, 0, entry);
}

describe('cross-reference entries in linear time', () => {
  it('gives the same order as the scan it replaces, for ascending, descending, random and repeated numbers', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 500;
    const sequences = [
      Array.from({ length: 300 }, (_, i) => i),
      Array.from({ length: 300 }, (_, i) => 300 - i),
      Array.from({ length: 1000 }, random),
      [4, 4, 4, 1, 1, 9, 9, 0, 4],
    ];
    for (const numbers of sequences) {
      const expected: { ref: { objectNumber: number } }[] = [];
      const actual = { entries: [] as { ref: { objectNumber: number } }[], appendEntry };
      for (const n of numbers) {
        const entry = { ref: { objectNumber: n } };
        scanAppend(expected, entry);
        actual.appendEntry(entry);
      }
      expect(actual.entries).toHaveLength(expected.length);
      actual.entries.forEach((e, i) => expect(e).toBe(expected[i]));
    }
  });

  it('is installed on pdf-lib, and a saved document still reads back', async () => {
    expect(installXrefOrder()).toBe(true);
    expect((PDFCrossRefStream.prototype as unknown as { appendEntry: unknown }).appendEntry).toBe(
      appendEntry,
    );
    const doc = await PDFDocument.create();
    for (let i = 0; i < 50; i++) doc.addPage([100, 100]);
    const bytes = await doc.save({ useObjectStreams: true });
    const back = await PDFDocument.load(bytes);
    expect(back.getPageCount()).toBe(50);
    expect(back.context.lookup(PDFRef.of(1))).toBeDefined();
  });
});
