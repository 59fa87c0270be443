/**
 * The content-stream scanner used by the tagged-PDF tests finds painting outside marked content, and is
 * not fooled by operators inside strings or inline dictionaries.
 */
import { describe, expect, test } from 'vitest';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { operators, unmarkedPainting } from './content-ops.js';

async function withContent(content: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const stream = doc.context.flateStream(Buffer.from(content, 'latin1'));
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  return PDFDocument.load(await doc.save());
}

describe('content stream scanner', () => {
  test('operators skip operands, strings, names and inline dictionaries', () => {
    expect(operators('/P <</MCID 3>> BDC BT /F1 9 Tf (a \\) S f) Tj <00ff> Tj ET EMC [1 2] 0 d')).toEqual([
      'BDC',
      'BT',
      'Tf',
      'Tj',
      'Tj',
      'ET',
      'EMC',
      'd',
    ]);
  });

  test('painting outside marked content is reported, inside is not', async () => {
    const doc = await withContent(
      [
        '/Artifact BMC q 0 0 m 9 9 l S Q EMC',
        '/P <</MCID 0>> BDC BT (x\\(y) Tj ET EMC',
        'q 1 1 5 5 re f Q',
        'BT (z) Tj ET',
      ].join('\n'),
    );
    expect(unmarkedPainting(doc)).toEqual({
      unmarked: [
        { page: 0, op: 'f' },
        { page: 0, op: 'Tj' },
      ],
      balanced: true,
    });
  });

  test('unbalanced marked content is reported', async () => {
    const doc = await withContent('/P <</MCID 0>> BDC BT (x) Tj ET');
    expect(unmarkedPainting(doc).balanced).toBe(false);
  });
});
