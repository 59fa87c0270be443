import { describe, expect, it } from 'vitest';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Heading } from '../../src/tree/types.js';
import { fitToColumn, rasterInfo, TEXT_WIDTH_PX } from '../../src/writers/docx/images.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { bodyParagraphTexts, makePng, part, unzipDocx } from './helpers.js';

describe('writeDocx: edge cases', () => {
  it('drops characters XML does not allow instead of writing a file Word refuses', async () => {
    const tree = sampleTree({ title: 'Tittel\u0007 med kontrolltegn' });
    tree.children = [
      {
        type: 'paragraph',
        source: { line: 1 },
        children: [{ type: 'text', text: 'Før\u000b etter\u0000 & <slutt>' }],
      },
    ];
    const parts = unzipDocx((await writeDocx(tree)).bytes);
    const doc = part(parts, 'word/document.xml');
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(bodyParagraphTexts(doc)).toEqual(['Før etter & <slutt>']);
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:title>Tittel med kontrolltegn</dc:title>');
  });

  it('leaves out the table of contents and the update prompt when there are no headings', async () => {
    const tree = sampleTree();
    tree.children = [
      { type: 'paragraph', source: { line: 1 }, children: [{ type: 'text', text: 'Kort brev.' }] },
    ];
    const parts = unzipDocx((await writeDocx(tree)).bytes);
    expect(part(parts, 'word/document.xml')).not.toContain('TOC \\h');
    expect(part(parts, 'word/settings.xml')).not.toContain('<w:updateFields/>');
  });

  it('maps heading ids to valid, unique Word bookmark names and links to them', async () => {
    const tree = sampleTree();
    const heading = (id: string, text: string): Heading => ({
      type: 'heading',
      level: 2,
      id,
      children: [{ type: 'text', text }],
      source: { line: 1 },
    });
    tree.children = [
      heading('2-budsjett-og-finansiering', 'Budsjett'),
      heading('mål', 'Mål'),
      {
        type: 'paragraph',
        source: { line: 2 },
        children: [
          { type: 'link', href: '#2-budsjett-og-finansiering', children: [{ type: 'text', text: 'se' }] },
        ],
      },
    ];
    const { bytes, diagnostics } = await writeDocx(tree);
    expect(diagnostics).toEqual([]);
    const doc = part(unzipDocx(bytes), 'word/document.xml');
    const names = [...doc.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1] ?? '');
    const own = names.filter((n) => !n.startsWith('_Toc'));
    expect(own).toEqual(['h_2_budsjett_og_finansiering', 'mål']);
    for (const name of own) expect(name).toMatch(/^\p{L}[\p{L}\p{N}_]{0,39}$/u);
    expect(doc).toContain('w:anchor="h_2_budsjett_og_finansiering"');
  });
});

describe('image headers', () => {
  it('reads the size of PNG and JPEG files and scales wide pictures to the column', () => {
    expect(rasterInfo(makePng(40, 20))).toMatchObject({ type: 'png', width: 40, height: 20 });
    // A JPEG header: SOI, an APP0 segment, then a baseline start-of-frame with height 300 and width 500.
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
      0x01, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0xf4, 0x03, 0x01, 0x22, 0x00, 0x02,
      0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
    ]);
    expect(rasterInfo(jpeg)).toMatchObject({ type: 'jpg', width: 500, height: 300 });
    expect(rasterInfo(new TextEncoder().encode('GIF89a not supported'))).toBeNull();
    expect(fitToColumn(300, 100)).toEqual({ width: 300, height: 100 });
    expect(fitToColumn(TEXT_WIDTH_PX * 2, 100)).toEqual({ width: TEXT_WIDTH_PX, height: 50 });
  });
});
