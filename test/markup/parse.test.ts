import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import type { Block, Paragraph, Table } from '../../src/tree/types.js';
import { inlineText } from '../../src/tree/types.js';
import { escapeMarkdown } from '../../src/template/escape.js';

const parse = (md: string) => parseMarkup(md, { imageBase: tmpdir() });
const para = (b: Block | undefined) => b as Paragraph;

describe('basic blocks', () => {
  it('parses headings with unique anchors and source lines', () => {
    const { children } = parse('# Søknad om skjønnsmidler\n\n## Mål\n\n## Mål\n');
    expect(children).toEqual([
      {
        type: 'heading',
        level: 1,
        id: 'soknad-om-skjonnsmidler',
        children: [{ type: 'text', text: 'Søknad om skjønnsmidler' }],
        source: { line: 1 },
      },
      {
        type: 'heading',
        level: 2,
        id: 'mal',
        children: [{ type: 'text', text: 'Mål' }],
        source: { line: 3 },
      },
      {
        type: 'heading',
        level: 2,
        id: 'mal-2',
        children: [{ type: 'text', text: 'Mål' }],
        source: { line: 5 },
      },
    ]);
  });
  it('parses inline runs: strong, emphasis, links, line breaks', () => {
    const { children } = parse(
      'Et **gratis** og *lavt* [tilbud](https://x.no) og [budsjett](#budsjett)  \nny linje',
    );
    expect(para(children[0]).children).toEqual([
      { type: 'text', text: 'Et ' },
      { type: 'strong', children: [{ type: 'text', text: 'gratis' }] },
      { type: 'text', text: ' og ' },
      { type: 'emphasis', children: [{ type: 'text', text: 'lavt' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://x.no', children: [{ type: 'text', text: 'tilbud' }] },
      { type: 'text', text: ' og ' },
      { type: 'link', href: '#budsjett', children: [{ type: 'text', text: 'budsjett' }] },
      { type: 'lineBreak' },
      { type: 'text', text: 'ny linje' },
    ]);
  });
  it('parses nested and numbered lists', () => {
    const { children } = parse('- Rana\n- Hemnes\n\n  3. a\n  4. b\n');
    const list = children[0]!;
    expect(list).toMatchObject({ type: 'list', ordered: false, start: 1 });
    if (list.type !== 'list') throw new Error();
    expect(list.items).toHaveLength(2);
    expect(list.items[1]!.children[1]).toMatchObject({ type: 'list', ordered: true, start: 3 });
  });
});

describe('our conventions', () => {
  it('turns the unresolved marker into a node, also inside table cells', () => {
    const { children } = parse(
      'Vertskommune: [Ikke avklart]{.uavklart}.\n\n| A | B |\n| --- | ---: |\n| x | [Ikke avklart]{.uavklart} |\n',
    );
    expect(para(children[0]).children[1]).toEqual({ type: 'unresolved', text: 'Ikke avklart' });
    const table = children[1] as Table;
    expect(table.body[0]!.cells[1]!.children).toEqual([{ type: 'unresolved', text: 'Ikke avklart' }]);
  });
  it('marks foreign-language spans', () => {
    const { children, diagnostics } = parse('Stedsnavn: [Porsáŋgu]{lang=se}.');
    expect(para(children[0]).children[1]).toEqual({
      type: 'lang',
      lang: 'se',
      children: [{ type: 'text', text: 'Porsáŋgu' }],
    });
    expect(diagnostics).toEqual([]);
  });
  it('warns about an unknown span attribute and keeps the text', () => {
    const { children, diagnostics } = parse('Tekst [x]{.ukjent} her');
    expect(inlineText(para(children[0]).children)).toBe('Tekst x her');
    expect(diagnostics).toMatchObject([{ severity: 'warning', rule: 'markup/span', start: { line: 1 } }]);
  });
  it('reads column alignment, total rows and captions', () => {
    const md = '| Post | Beløp |\n| :--- | ---: |\n| Lønn | 5 kr |\n| **Sum** | 5 kr |\n\n: Kostnadsplan\n';
    const table = parse(md).children[0] as Table;
    expect(table.columns).toEqual([{ align: 'left' }, { align: 'right' }]);
    expect(table.header[0]!.cells.map((c) => inlineText(c.children))).toEqual(['Post', 'Beløp']);
    expect(table.body[0]!.total).toBeUndefined();
    expect(table.body[1]).toEqual({
      total: true,
      cells: [{ children: [{ type: 'text', text: 'Sum' }] }, { children: [{ type: 'text', text: '5 kr' }] }],
    });
    expect(table.caption).toEqual([{ type: 'text', text: 'Kostnadsplan' }]);
    expect(parse(md).children).toHaveLength(1);
  });
  it('parses callouts in GitHub alert syntax', () => {
    const { children } = parse(
      '> [!UTKAST]\n> Dette er et utkast.\n\n> [!ADVARSEL]\n> Pass på.\n\n> Sitat\n',
    );
    expect(children.map((c) => (c.type === 'callout' ? c.kind : c.type))).toEqual([
      'draft',
      'warning',
      'note',
    ]);
    const draft = children[0]!;
    if (draft.type !== 'callout') throw new Error();
    expect(draft.children).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Dette er et utkast.' }], source: { line: 1 } },
    ]);
  });
  it('makes a page break of \\sideskift alone in a paragraph', () => {
    const { children } = parse('Før\n\n\\sideskift\n\nEtter');
    expect(children.map((c) => c.type)).toEqual(['paragraph', 'pageBreak', 'paragraph']);
    expect(children[1]).toEqual({ type: 'pageBreak', source: { line: 3 } });
  });
  it('does not make a page break of escaped content text', () => {
    const { children } = parse(escapeMarkdown('\\sideskift'));
    expect(children[0]!.type).toBe('paragraph');
    expect(inlineText(para(children[0]).children)).toBe('\\sideskift');
  });
  it('parses a signature block, unescaping content', () => {
    const md =
      '```signatur\nsted: Mo i Rana\ndato: 16\\. september 2025\nnavn: Kjell-Idar Juvik\nrolle: Sekretariatsleder\norganisasjon: Polarsirkelrådet\nnavn: [Ikke avklart]{.uavklart}\n```\n';
    expect(parse(md).children).toEqual([
      {
        type: 'signature',
        place: 'Mo i Rana',
        date: '16. september 2025',
        signers: [
          { name: 'Kjell-Idar Juvik', role: 'Sekretariatsleder', organisation: 'Polarsirkelrådet' },
          { name: 'Ikke avklart' },
        ],
        source: { line: 1 },
      },
    ]);
  });
  it('places charts with the data the document supplies', () => {
    const data = { kind: 'timeline' as const, start: '2025-01-01', end: '2025-12-31', rows: [] };
    const r = parseMarkup('```diagram tidslinje\ntittel: Fremdrift\n```\n\n```diagram kake\n```\n', {
      charts: { tidslinje: { title: 'Tidslinje', alt: 'Alt', data } },
    });
    expect(r.children).toEqual([
      { type: 'chart', chart: 'timeline', title: 'Fremdrift', alt: 'Alt', data, source: { line: 1 } },
    ]);
    expect(r.diagnostics).toMatchObject([{ severity: 'error', rule: 'markup/chart', start: { line: 5 } }]);
  });
  it('makes an image block of an image alone in a paragraph', () => {
    const dir = mkdtempSync(join(tmpdir(), 'img-'));
    writeFileSync(join(dir, 'logo.png'), 'x');
    const r = parseMarkup('![Logo for rådet](logo.png "Figur: logo")\n\n![](mangler.png)', {
      imageBase: dir,
    });
    expect(r.children[0]).toEqual({
      type: 'image',
      src: join(dir, 'logo.png'),
      alt: 'Logo for rådet',
      caption: [{ type: 'text', text: 'Figur: logo' }],
      source: { line: 1 },
    });
    expect(r.diagnostics.map((d) => d.rule).sort()).toEqual(['markup/image-alt', 'markup/image-missing']);
  });

  it('refuses an image outside the allowed folders, even when the file exists', () => {
    const root = mkdtempSync(join(tmpdir(), 'img-roots-'));
    const project = join(root, 'prosjekt');
    const templates = join(root, 'maler');
    for (const d of [project, templates]) mkdirSync(d);
    for (const f of [join(project, 'a.png'), join(templates, 'logo.png'), join(root, 'utenfor.png')]) {
      writeFileSync(f, 'x');
    }
    const r = parseMarkup(`![A](a.png)\n\n![Logo](${join(templates, 'logo.png')})\n\n![U](../utenfor.png)`, {
      imageBase: project,
      imageRoots: [project, templates],
    });
    expect(r.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['markup/image-outside', 'Bildet «../utenfor.png» ligger utenfor prosjektmappen og malmappen.'],
    ]);
  });
});

describe('unsupported Markdown is never dropped silently', () => {
  const cases: [string, string, number][] = [
    ['Tekst\n\n<div>rå html</div>\n', 'markup/html', 3],
    ['Tekst <b>fet</b> her', 'markup/html', 1],
    ['Se note[^1].\n', 'markup/unsupported', 1],
    ['Linje\n\n---\n', 'markup/unsupported', 3],
    ['`kode`', 'markup/unsupported', 1],
    ['```js\nx\n```', 'markup/unsupported', 1],
    ['~~borte~~', 'markup/unsupported', 1],
    ['#### Dypt', 'markup/heading-level', 1],
  ];
  it.each(cases)('%j gives a warning', (md, rule, line) => {
    const { diagnostics } = parse(md);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'warning', rule, start: { line, column: 1 } }),
    );
  });
  it('does not take escaped content for a footnote', () => {
    expect(parse(escapeMarkdown('Se note[^1].')).diagnostics).toEqual([]);
  });
});
