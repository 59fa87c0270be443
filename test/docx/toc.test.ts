import { Document, Packer, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import { describe, expect, it } from 'vitest';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { renderBlocks } from '../../src/writers/docx/blocks.js';
import { createContext } from '../../src/writers/docx/context.js';
import { section, tableOfContents } from '../../src/writers/docx/furniture.js';
import { normaliseDocx, unzipPackage } from '../../src/writers/docx/normalise.js';
import { documentStyles, numberingConfig } from '../../src/writers/docx/styles.js';
import { generatedTree } from './generated.js';
import type { PageMap } from '../../src/layout/page-map.js';
import { allBlocks } from '../../src/tree/walk.js';
import { part, unzipDocx } from './helpers.js';

// The writer writes the table of contents' entries itself (toc.ts) instead of letting the docx package
// fill them in from the formatted document. Here both are written for the same trees: the document
// XML must be the same.

/** Page numbers as a layout would give them: heading n on page n + 1. */
function pagesFor(tree: DocumentTree): PageMap {
  const headings: Record<string, number> = {};
  let n = 2;
  for (const block of allBlocks(tree.children)) if (block.type === 'heading') headings[block.id] ??= n++;
  return { contents: true, pageCount: n, headings };
}

async function documentXml(tree: DocumentTree, own: boolean): Promise<string> {
  const pages = pagesFor(tree);
  const ctx = createContext(tree, pages);
  const body: FileChild[] = own
    ? [...tableOfContents([...ctx.toc.values()]), ...renderBlocks(tree.children, ctx)]
    : [
        new Paragraph({ style: 'TOCHeading', children: [new TextRun('Innhold')] }),
        new TableOfContents('Innhold', { hyperlink: true, headingStyleRange: '1-3' }),
        ...renderBlocks(tree.children, { ...ctx, toc: new Map() }),
      ];
  const doc = new Document({
    styles: documentStyles(),
    numbering: numberingConfig([1, 3]),
    sections: [section(tree.meta, body, pages)],
  });
  const packed = await Packer.toBuffer(doc);
  const files = unzipPackage(new Uint8Array(packed));
  return part(unzipDocx(normaliseDocx(files, { isoDate: '2025-01-01', lang: 'nb-NO' })), 'word/document.xml');
}

/** The XML without field results and dirty marks. */
function withoutResults(xml: string): string {
  return xml
    .replace(/ w:dirty="true"/g, '')
    .replace(
      /(<w:fldChar w:fldCharType="separate"\/>)(?:<\/w:r><w:r>)?<w:t xml:space="preserve">\d+<\/w:t>/g,
      '$1',
    );
}

const t = (text: string) => ({ type: 'text' as const, text });

function awkwardHeadings(): DocumentTree {
  const tree = sampleTree({ id: 'overskrifter' });
  tree.children = [
    {
      type: 'heading',
      level: 1,
      id: 'a',
      source: { line: 1 },
      children: [t('Første'), { type: 'lineBreak' }, { type: 'strong', children: [t('linje\tto & <tre>')] }],
    },
    { type: 'heading', level: 2, id: 'blank', source: { line: 2 }, children: [t('  ')] },
    {
      type: 'callout',
      kind: 'note',
      source: { line: 3 },
      children: [
        {
          type: 'heading',
          level: 3,
          id: 'c',
          source: { line: 3 },
          children: [{ type: 'unresolved', text: 'Ikke avklart' }, t(' «sitat»')],
        },
      ],
    },
    {
      type: 'list',
      ordered: true,
      start: 3,
      source: { line: 4 },
      items: [
        {
          children: [
            { type: 'paragraph', source: { line: 4 }, children: [t('punkt')] },
            {
              type: 'heading',
              level: 2,
              id: 'd',
              source: { line: 4 },
              children: [{ type: 'emphasis', children: [t('I liste')] }],
            },
          ],
        },
      ],
    },
    { type: 'heading', level: 1, id: 'a', source: { line: 5 }, children: [t('Samme id')] },
  ];
  return tree;
}

describe('writeDocx: table of contents', () => {
  for (const [name, tree] of [
    ['sample', sampleTree],
    ['generated', () => generatedTree(6)],
    ['awkward headings', awkwardHeadings],
  ] as const) {
    it(`writes the entries as the docx package fills them in (${name})`, async () => {
      const own = await documentXml(tree(), true);
      const filled = await documentXml(tree(), false);
      expect(own).toContain('PAGEREF _Toc1 \\h');
      // The same but for the stored page numbers, which the package leaves for Word (marked dirty).
      expect(withoutResults(own)).toBe(withoutResults(filled));
    });
  }

  it('stores every entry’s page number, and marks no field for updating', async () => {
    const tree = sampleTree();
    const pages = pagesFor(tree);
    const xml = await documentXml(tree, true);
    const stored = [
      ...xml.matchAll(
        /PAGEREF (_Toc\d+) \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g,
      ),
    ];
    const withText = [...allBlocks(tree.children)].filter((b) => b.type === 'heading');
    expect(stored.length).toBe(withText.length);
    expect(stored.map((m) => Number(m[2]))).toEqual(withText.map((h) => pages.headings[h.id]));
    expect(xml).not.toContain('w:dirty');
  });

  it('lists every heading with text once, in order, each pointing at a bookmark on its heading', async () => {
    const xml = await documentXml(awkwardHeadings(), true);
    const anchors = [...xml.matchAll(/<w:hyperlink w:history="1" w:anchor="(_Toc\d+)">/g)].map((m) => m[1]);
    expect(anchors).toEqual(['_Toc1', '_Toc2', '_Toc3', '_Toc4']);
    for (const anchor of anchors)
      expect(xml).toMatch(new RegExp(`<w:bookmarkStart w:name="${anchor}" w:id="\\d+"/>`));
    expect(xml).toContain('Første linje to &amp; &lt;tre&gt;');
  });
});
