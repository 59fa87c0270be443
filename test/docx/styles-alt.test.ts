import { describe, expect, it } from 'vitest';
import { sampleTree } from '../fixtures/sample-tree.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { part, unzipDocx } from './helpers.js';

describe('DOCX styles and table alt text', async () => {
  const parts = unzipDocx((await writeDocx(sampleTree())).bytes);
  const styles = part(parts, 'word/styles.xml');
  const doc = part(parts, 'word/document.xml');

  it('«Strong» is a character style, and every style is based on a defined style of its own type', () => {
    const defined = new Map(
      [...styles.matchAll(/<w:style w:type="(\w+)"[^>]*w:styleId="([^"]+)"/g)].map((m) => [m[2]!, m[1]!]),
    );
    expect(defined.get('Strong')).toBe('character');
    for (const m of styles.matchAll(/<w:style w:type="(\w+)"[^>]*w:styleId="([^"]+)".*?<\/w:style>/g)) {
      const base = /<w:basedOn w:val="([^"]+)"/.exec(m[0])?.[1];
      if (base) expect({ style: m[2], base: defined.get(base) }).toEqual({ style: m[2], base: m[1] });
    }
  });

  it('every table has a title and a description for its alt text', () => {
    const tables = doc.split('<w:tblPr>').length - 1;
    expect(tables).toBeGreaterThan(0);
    const captions = [
      ...doc.matchAll(/<w:tblCaption w:val="([^"]+)"\/><w:tblDescription w:val="([^"]+)"\/>/g),
    ];
    expect(captions).toHaveLength(tables);
    for (const [, , description] of captions) expect(description).toMatch(/^Tabell med \d+ rad/);
  });
});
