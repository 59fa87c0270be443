import { describe, expect, it } from 'vitest';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { generatedTree } from './generated.js';
import type { PageMap } from '../../src/layout/page-map.js';
import { allBlocks } from '../../src/tree/walk.js';
import { inlineText, paragraphsXml, paragraphStyle, paragraphText, part, unzipDocx } from './helpers.js';

// The writer writes the table of contents' entries itself (toc.ts), with the page numbers of the layout.

/** Page numbers as a layout would give them: heading n on page n + 1. */
function pagesFor(tree: DocumentTree): PageMap {
  const headings: Record<string, number> = {};
  let n = 2;
  for (const block of allBlocks(tree.children)) if (block.type === 'heading') headings[block.id] ??= n++;
  return { contents: true, pageCount: n, headings };
}

async function documentXml(tree: DocumentTree): Promise<string> {
  return part(unzipDocx((await writeDocx(tree, pagesFor(tree))).bytes), 'word/document.xml');
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
    it(`writes one entry per heading with text, in order, in the TOC style of its level (${name})`, async () => {
      const source = tree();
      const xml = await documentXml(source);
      const contents = /<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/.exec(xml)?.[1] ?? '';
      const entries = paragraphsXml(contents).filter((p) => paragraphStyle(p)?.startsWith('TOC'));
      const headings = [...allBlocks(source.children)].filter(
        (b): b is Extract<typeof b, { type: 'heading' }> =>
          b.type === 'heading' && inlineText(b.children).trim() !== '',
      );
      expect(entries.map((p) => paragraphStyle(p))).toEqual(headings.map((h) => `TOC${h.level}`));
      // The entry's text, a tab, the stored page number.
      expect(entries.map((p) => paragraphText(p))).toEqual(
        headings.map(
          (h) => `${inlineText(h.children).replace(/[\t\n]/g, ' ')}\t${pagesFor(source).headings[h.id]}`,
        ),
      );
      expect(xml).toContain('PAGEREF _Toc1 \\h');
    });
  }

  it('stores every entry’s page number, and marks no field for updating', async () => {
    const tree = sampleTree();
    const pages = pagesFor(tree);
    const xml = await documentXml(tree);
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
    const xml = await documentXml(awkwardHeadings());
    const anchors = [...xml.matchAll(/<w:hyperlink w:history="1" w:anchor="(_Toc\d+)">/g)].map((m) => m[1]);
    expect(anchors).toEqual(['_Toc1', '_Toc2', '_Toc3', '_Toc4']);
    for (const anchor of anchors)
      expect(xml).toMatch(new RegExp(`<w:bookmarkStart w:name="${anchor}" w:id="\\d+"/>`));
    expect(xml).toContain('Første linje to &amp; &lt;tre&gt;');
  });
});
