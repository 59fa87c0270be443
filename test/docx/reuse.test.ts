import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { generatedTree } from './generated.js';
import { part, unzipDocx } from './helpers.js';

// What the writer reuses to be fast (the constant parts, compressed once per process) must not change
// what it writes.

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function withoutHeadings(): DocumentTree {
  const tree = sampleTree({ id: 'brev', draft: false });
  tree.children = [
    { type: 'paragraph', source: { line: 1 }, children: [{ type: 'text', text: 'Kort brev.' }] },
  ];
  return tree;
}

const trees: Record<string, () => DocumentTree> = {
  sample: () => sampleTree(),
  final: () => sampleTree({ id: 'endelig', draft: false, version: undefined }),
  generated: () => generatedTree(12),
  letter: withoutHeadings,
};

async function hashes(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, tree] of Object.entries(trees)) out[name] = sha((await writeDocx(tree())).bytes);
  return out;
}

describe('writeDocx: reused work', () => {
  it('gives four documents four packages, each the same when written again', async () => {
    const first = await hashes();
    const again = await hashes();
    expect(again).toEqual(first);
    expect(new Set(Object.values(first)).size).toBe(4);
  });

  it('writes the same settings for a document with headings and one without (no fields to update)', async () => {
    const first = unzipDocx((await writeDocx(trees.sample!())).bytes);
    const letter = unzipDocx((await writeDocx(withoutHeadings())).bytes);
    const again = unzipDocx((await writeDocx(trees.sample!())).bytes);
    expect(part(first, 'word/settings.xml')).not.toContain('<w:updateFields/>');
    expect(part(letter, 'word/settings.xml')).not.toContain('<w:updateFields/>');
    expect(part(again, 'word/settings.xml')).toBe(part(first, 'word/settings.xml'));
  });

  it('writes the table style once into styles.xml, however often the styles were reused', async () => {
    for (let i = 0; i < 3; i++) {
      const parts = unzipDocx((await writeDocx(trees.final!())).bytes);
      const styles = part(parts, 'word/styles.xml');
      expect(styles.split('w:styleId="Tabell"').length - 1).toBe(1);
      expect(styles).toContain('w:styleId="Heading1"');
    }
  });
});
