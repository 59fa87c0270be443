import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { bodyParagraphTexts, treeParagraphTexts, unzipDocx } from './helpers.js';
import { documentArbitrary, writeCorpusImages } from './tree-arbitrary.js';

// Generated trees full of hostile text (XML's special characters, characters XML forbids, emoji,
// right-to-left script, very long words) and every kind of block must give a package whose every XML part
// parses, and whose document holds the tree's text.

const imageDir = mkdtempSync(join(tmpdir(), 'docx-bilder-'));
writeCorpusImages(imageDir);

/** Parses `xml` strictly (as XML 1.0); throws at the first error. */
function parse(xml: string): void {
  const parser = sax.parser(true, { xmlns: true });
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
}

/** Characters XML 1.0 does not allow; none may reach a part. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** The text the writer keeps of the tree's text: without the characters XML does not allow. */
const kept = (s: string): string => s.replace(new RegExp(NOT_XML.source, 'g'), '');

/**
 * The tree as its text reads in the Word file: a picture that cannot be read stands as a paragraph of its
 * alt text (then its caption); the others are pictures, which have no text of their own.
 */
function asWritten(tree: DocumentTree): DocumentTree {
  const walk = (blocks: Block[]): Block[] =>
    blocks.flatMap((b): Block[] => {
      if (b.type === 'image' && /(finnes-ikke|ikke-bilde)\.png$/.test(b.src)) {
        const alt: Block = { type: 'paragraph', source: b.source, children: [{ type: 'text', text: b.alt }] };
        return b.caption?.length ? [alt, { ...b, src: 'bilde', caption: b.caption }] : [alt];
      }
      if (b.type === 'list') return [{ ...b, items: b.items.map((i) => ({ children: walk(i.children) })) }];
      if (b.type === 'callout' || b.type === 'section') return [{ ...b, children: walk(b.children) }];
      return [b];
    });
  return { ...tree, children: walk(tree.children) };
}

describe('writeDocx: hostile generated trees', () => {
  it('writes well-formed XML in every part, and the tree’s text in document.xml', async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary(imageDir), async ({ tree, pages }) => {
        const parts = unzipDocx((await writeDocx(tree, pages)).bytes);
        for (const [name, xml] of parts) {
          if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
          expect(NOT_XML.test(xml), name).toBe(false);
          expect(() => parse(xml), name).not.toThrow();
        }
        const document = parts.get('word/document.xml')!;
        expect(bodyParagraphTexts(document)).toEqual(
          treeParagraphTexts(asWritten(tree))
            .map(kept)
            .filter((t) => t !== ''),
        );
      }),
      { numRuns: 60, seed: 4242 },
    );
  });
});
