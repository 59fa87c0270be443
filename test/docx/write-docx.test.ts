import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { inlineText } from './helpers.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { generatedTree } from './generated.js';
import { pagesOf } from '../../src/writers/page-numbers.js';
import { allBlocks } from '../../src/tree/walk.js';
import {
  bodyParagraphTexts,
  makePng,
  paragraphStyle,
  paragraphText,
  paragraphsXml,
  part,
  treeParagraphTexts,
  unzipDocx,
} from './helpers.js';

async function build(tree: DocumentTree) {
  const result = await writeDocx(tree);
  return { ...result, parts: unzipDocx(result.bytes) };
}

describe('writeDocx: structure of the sample tree', async () => {
  const tree = sampleTree();
  const { parts, diagnostics } = await build(tree);
  const doc = part(parts, 'word/document.xml');
  const paragraphs = paragraphsXml(doc);

  it('reports no problems for a valid tree', () => {
    expect(diagnostics).toEqual([]);
  });

  it('sets headings in Word heading styles, each inside the bookmark its id maps to', () => {
    for (const block of tree.children) {
      if (block.type !== 'heading') continue;
      const p = paragraphs.find((x) => paragraphStyle(x) === `Heading${block.level}`);
      const matching = paragraphs.filter(
        (x) =>
          paragraphStyle(x) === `Heading${block.level}` && paragraphText(x) === inlineText(block.children),
      );
      expect(p, block.id).toBeDefined();
      expect(matching).toHaveLength(1);
      expect(matching[0]).toContain(`w:name="${block.id}"`);
    }
    const styles = part(parts, 'word/styles.xml');
    for (const id of [
      'Normal',
      'Title',
      'Heading1',
      'Heading2',
      'Heading3',
      'Caption',
      'IkkeAvklart',
      'Tabell',
    ]) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
  });

  it('links internally to bookmarks and externally through relationships', () => {
    expect(doc).toMatch(/<w:hyperlink [^>]*w:anchor="budsjett"/);
    const rid = /<w:hyperlink [^>]*r:id="(rId\d+)"/.exec(doc)?.[1];
    expect(rid).toBeDefined();
    const rels = part(parts, 'word/_rels/document.xml.rels');
    expect(rels).toMatch(
      new RegExp(`Id="${rid}"[^>]*Target="https://www.politiet.no/"[^>]*TargetMode="External"`),
    );
  });

  it('marks table header rows to repeat, keeps rows whole, aligns numbers right and sets totals bold', () => {
    const rows = [...doc.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    for (const row of rows.slice(1)) expect(row).not.toContain('<w:tblHeader/>');
    const cells = paragraphsXml(rows[1] ?? '');
    expect(paragraphText(cells[1] ?? '')).toBe('2 500 000 kr');
    expect(cells[1]).toContain('<w:jc w:val="right"/>');
    expect(cells[0]).not.toContain('<w:jc ');
    // Rules: the table's own borders, a heavy rule under the header and above the sum row.
    expect(doc).toMatch(/<w:tblBorders>(?:(?!<\/w:tblBorders>).)*<w:insideH w:val="single"/);
    expect(rows[0]).toMatch(/<w:tcBorders><w:bottom w:val="single"[^>]*w:sz="8"/);
    expect(rows[3]).toMatch(/<w:tcBorders><w:top w:val="single"[^>]*w:sz="8"/);
    for (const cell of paragraphsXml(rows[3] ?? '')) expect(cell).toMatch(/<w:rPr><w:b\/>/);
    expect(doc).toContain('<w:tblStyle w:val="Tabell"/>');
    const caption = paragraphs.find((p) => paragraphText(p) === 'Tabell 1. Kostnadsplan');
    expect(paragraphStyle(caption ?? '')).toBe('Caption');
  });

  it('puts PAGE and NUMPAGES fields in the footer and the short title in the header', () => {
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const target = (type: 'header' | 'footer', kind: 'default' | 'first') => {
      const id = new RegExp(`<w:${type}Reference w:type="${kind}" r:id="(rId\\d+)"`).exec(doc)?.[1];
      const file = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return part(parts, `word/${file}`);
    };
    for (const kind of ['default', 'first'] as const) {
      const footer = target('footer', kind);
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      // Both fields carry their values: the first page the footer is on, and the PDF layout's page count.
      const page = kind === 'first' ? 1 : 2;
      expect(paragraphText(footer)).toBe(
        `16. september 2025 · utkast 1\tSide ${page} av ${pagesOf(tree).pageCount}`,
      );
    }
    const header = target('header', 'default');
    expect(paragraphText(header)).toBe('Felles Ansvar – søknad\tUTKAST');
    expect(header).toContain('PowerPlusWaterMarkObject');
    // The first page carries the title block instead of the running header, but still the watermark.
    const first = target('header', 'first');
    expect(paragraphText(first)).toBe('');
    expect(first).toContain('PowerPlusWaterMarkObject');
    expect(doc).toContain('<w:titlePg/>');
  });

  it('sets nb-NO as the document language and tags other-language spans', () => {
    const styles = part(parts, 'word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="nb-NO"/);
    const run = [...doc.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*<\/w:r>/g)].find((m) =>
      m[0].includes('Porsáŋgu'),
    );
    expect(run?.[0]).toContain('<w:lang w:val="se"/>');
  });

  it('shows unresolved values in the «Ikke avklart» character style', () => {
    const runs = [...doc.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?Ikke\u00a0avklart<\/w:t><\/w:r>/g)];
    expect(runs.length).toBe(3);
    for (const r of runs) expect(r[0]).toContain('<w:rStyle w:val="IkkeAvklart"/>');
  });

  it('numbers lists: bullets and a nested ordered list, each list its own numbering instance', () => {
    const numbered = paragraphs.filter((p) => p.includes('<w:numPr>'));
    expect(numbered.map(paragraphText)).toEqual(['Tidlig innsats', 'Likeverdige tilbud', 'Rana', 'Hemnes']);
    const level = (p: string) => /<w:ilvl w:val="(\d)"/.exec(p)?.[1];
    const num = (p: string) => /<w:numId w:val="(\d+)"/.exec(p)?.[1];
    expect(numbered.map(level)).toEqual(['0', '0', '1', '1']);
    expect(num(numbered[0] ?? '')).toBe(num(numbered[1] ?? ''));
    expect(num(numbered[2] ?? '')).not.toBe(num(numbered[0] ?? ''));
  });

  it('draws charts as SVG with a PNG fallback, the title above and the alt text on the picture', () => {
    const chart = tree.children.find((b) => b.type === 'chart');
    if (chart?.type !== 'chart') throw new Error('sample has a chart');
    expect(doc).toContain(`descr="${chart.alt}"`);
    const drawing = /<w:drawing>[\s\S]*?<\/w:drawing>/.exec(doc)?.[0] ?? '';
    const png = /<a:blip r:embed="(rId\d+)"/.exec(drawing)?.[1];
    const svg = /<asvg:svgBlip [^>]*r:embed="(rId\d+)"/.exec(drawing)?.[1];
    const rels = part(parts, 'word/_rels/document.xml.rels');
    expect(rels).toMatch(new RegExp(`Id="${png}"[^>]*Target="media/[^"]+\\.png"`));
    expect(rels).toMatch(new RegExp(`Id="${svg}"[^>]*Target="media/[^"]+\\.svg"`));
    const svgPart = [...parts.keys()].find((k) => k.startsWith('word/media/') && k.endsWith('.svg')) ?? '';
    expect(part(parts, svgPart)).toContain('<svg');
    const figure = paragraphs.find((p) => p.includes('<w:drawing>'));
    expect(paragraphText(figure ?? '')).toBe(`${chart.title}\n`);
    expect(paragraphStyle(figure ?? '')).toBe('Figur');
    expect(part(parts, 'word/styles.xml')).toMatch(/w:styleId="Figur">(?:(?!<\/w:style>).)*<w:keepLines\/>/);
  });

  it('keeps the signature block together', () => {
    const sig = paragraphs.filter((p) => paragraphStyle(p) === 'Signature');
    expect(sig.length).toBe(5);
    for (const p of sig.slice(0, -1)) expect(p).toContain('<w:keepNext/>');
    expect(doc).toContain('<w:br w:type="page"/>');
  });

  it('marks a signer not decided yet with the character style of open values', async () => {
    const tree = sampleTree({ draft: true });
    const sig = {
      type: 'signature' as const,
      place: 'Vega',
      date: '20. august 2026',
      signers: [{ name: 'Ikke avklart', role: 'Ikke avklart', organisation: 'Vega kommune' }],
      source: { line: 1 },
    };
    const { parts: written } = await build({ ...tree, children: [sig] });
    const xml = part(written, 'word/document.xml');
    const runs = xml.match(/<w:r>(?:(?!<\/w:r>).)*Ikke avklart(?:(?!<\/w:r>).)*<\/w:r>/g) ?? [];
    expect(runs).toHaveLength(2);
    for (const r of runs) expect(r).toContain('<w:rStyle w:val="IkkeAvklart"/>');
    expect(xml).toMatch(/<w:r>(?:(?!<\/w:r>).)*>Vega kommune</);
    expect(xml).not.toMatch(/<w:rStyle w:val="IkkeAvklart"\/>(?:(?!<\/w:r>).)*>Vega kommune</);
  });

  it('writes the core properties from the meta data, dated by the document, not the clock', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Søknad om tilskudd til Felles Ansvar</dc:title>');
    expect(core).toContain('<dc:subject>Søknad til Nordland fylkeskommune</dc:subject>');
    expect(core).toContain('<dc:creator>Polarsirkelrådet</dc:creator>');
    expect(core).toContain('<cp:keywords>Felles Ansvar, Polarsirkelrådet</cp:keywords>');
    expect(core).toContain('<dc:description>Søknad: Søknad om tilskudd til Felles Ansvar</dc:description>');
    expect(core).toContain('<cp:lastModifiedBy>Polarsirkelrådet</cp:lastModifiedBy>');
    expect(core).toContain('<dc:language>nb-NO</dc:language>');
    expect(core).toMatch(/<dcterms:created [^>]*>2025-09-16T00:00:00Z</);
    expect(core).toMatch(/<dcterms:modified [^>]*>2025-09-16T00:00:00Z</);
  });

  it('uses A4 with 25 mm margins, and has a table of contents only where the PDF has one', () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/);
    expect(pagesOf(tree).contents).toBe(false);
    expect(doc).not.toContain('TOC \\h');
    expect(part(parts, 'word/settings.xml')).not.toContain('<w:updateFields/>');
  });

  it('writes the table of contents of a long document with the PDF layout’s page numbers', async () => {
    const long = generatedTree(20);
    const pages = pagesOf(long);
    expect(pages.contents).toBe(true);
    const xml = part((await build(long)).parts, 'word/document.xml');
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;/);
    // Every entry ends with its page number (a PAGEREF field with a stored result), so Word does not ask.
    const entries = [
      ...xml.matchAll(/PAGEREF (_Toc\d+) \\h<\/w:instrText>.*?<w:fldChar w:fldCharType="end"\/>/g),
    ];
    const headings = [...allBlocks(long.children)].filter(
      (b) => b.type === 'heading' && inlineText(b.children).trim(),
    );
    expect(entries.length).toBe(headings.length);
    entries.forEach(([entry], i) => {
      const heading = headings[i]!;
      expect(entry).toContain(
        `<w:t xml:space="preserve">${pages.headings[heading.type === 'heading' ? heading.id : '']}</w:t>`,
      );
    });
    expect(xml).not.toContain('w:dirty');
  });

  it('has the tree text in document order', () => {
    expect(bodyParagraphTexts(doc)).toEqual(treeParagraphTexts(tree));
  });
});

describe('writeDocx: other trees', () => {
  it('keeps the text order of a generated 20-page document', async () => {
    const tree = generatedTree(20);
    const { parts, diagnostics } = await build(tree);
    expect(diagnostics).toEqual([]);
    expect(bodyParagraphTexts(part(parts, 'word/document.xml'))).toEqual(treeParagraphTexts(tree));
  });

  it('restarts numbering in every ordered list and honours the start number', async () => {
    const item = (text: string) => ({
      children: [
        { type: 'paragraph' as const, source: { line: 1 }, children: [{ type: 'text' as const, text }] },
      ],
    });
    const tree = sampleTree();
    tree.children = [
      { type: 'list', ordered: true, start: 1, source: { line: 1 }, items: [item('a'), item('b')] },
      { type: 'paragraph', source: { line: 3 }, children: [{ type: 'text', text: 'Mellom' }] },
      { type: 'list', ordered: true, start: 1, source: { line: 5 }, items: [item('c')] },
      { type: 'list', ordered: true, start: 4, source: { line: 7 }, items: [item('d')] },
    ];
    const { parts } = await build(tree);
    const doc = part(parts, 'word/document.xml');
    const numbering = part(parts, 'word/numbering.xml');
    const numIds = paragraphsXml(doc)
      .filter((p) => p.includes('<w:numPr>'))
      .map((p) => /<w:numId w:val="(\d+)"/.exec(p)?.[1] ?? '');
    expect(new Set(numIds.slice(1)).size).toBe(3);
    for (const id of new Set(numIds)) {
      const num = new RegExp(`<w:num w:numId="${id}">[\\s\\S]*?</w:num>`).exec(numbering)?.[0] ?? '';
      expect(num).toContain('<w:startOverride');
    }
    const last = new RegExp(`<w:num w:numId="${numIds[3]}">[\\s\\S]*?</w:num>`).exec(numbering)?.[0] ?? '';
    expect(last).toMatch(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"\/>/);
  });

  it('embeds images with their alt text and size, and captions them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grantdocs-docx-'));
    const src = join(dir, 'kart.png');
    writeFileSync(src, makePng(1200, 600));
    const tree = sampleTree({ draft: false });
    tree.children = [
      {
        type: 'image',
        src,
        alt: 'Kart over kommunene i Polarsirkelen',
        caption: [{ type: 'text', text: 'Figur 1. Kommunene' }],
        source: { line: 1 },
      },
    ];
    const { parts, diagnostics } = await build(tree);
    expect(diagnostics).toEqual([]);
    const doc = part(parts, 'word/document.xml');
    expect(doc).toMatch(/<wp:docPr [^>]*descr="Kart over kommunene i Polarsirkelen"/);
    // 1200 px is wider than the column, so the image is scaled to the 160 mm text width.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(doc);
    expect(Number(extent?.[1])).toBeLessThanOrEqual(160 * 36000);
    expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(2, 1);
    const media = [...parts.keys()].filter((k) => k.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const rid = /<a:blip r:embed="(rId\d+)"/.exec(doc)?.[1];
    expect(part(parts, 'word/_rels/document.xml.rels')).toMatch(new RegExp(`Id="${rid}"[^>]*Target="media/`));
    expect(bodyParagraphTexts(doc)).toEqual(['Figur 1. Kommunene']);
    for (const name of parts.keys())
      if (name.includes('header')) expect(part(parts, name)).not.toContain('UTKAST');
  });

  it('reports a missing image and a link to no heading in Norwegian', async () => {
    const tree = sampleTree();
    tree.children = [
      { type: 'image', src: '/finnes/ikke.png', alt: 'Et bilde', source: { line: 1 } },
      {
        type: 'paragraph',
        source: { line: 2 },
        children: [{ type: 'link', href: '#mangler', children: [{ type: 'text', text: 'lenke' }] }],
      },
    ];
    const { diagnostics, parts } = await build(tree);
    expect(diagnostics.map((d) => [d.severity, d.rule])).toEqual([
      ['error', 'docx/image'],
      ['warning', 'docx/internal-link'],
    ]);
    expect(diagnostics[0]?.message).toContain('/finnes/ikke.png');
    expect(part(parts, 'word/document.xml')).not.toContain('w:anchor="mangler"');
  });
});
