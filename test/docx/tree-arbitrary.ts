/**
 * fast-check generator of document trees (and the page numbers a build would pass with them) that look
 * nothing like the samples: hostile text (XML's special characters, characters XML forbids, emoji,
 * right-to-left script, very long words, odd spaces), every block and inline type, nested lists, lists
 * whose items start with a table or another list, tables with spans, short rows, row headers, sum rows
 * and empty cells, pictures (PNG, JPEG, missing), charts, callouts, signatures and sections. Used by the
 * DOCX writer's well-formedness test and by the corpus of its before/after comparison (bench/docx-baseline.mjs).
 *
 * Pictures are read from `imageDir` (see writeCorpusImages): the tree only names them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type {
  Align,
  Block,
  Chart,
  DocumentMeta,
  DocumentTree,
  Heading,
  Inline,
  ListItem,
  TableRow,
} from '../../src/tree/types.js';
import type { PageMap } from '../../src/layout/page-map.js';
import { makePng } from './helpers.js';

/** Pieces text is made of: ordinary words and everything a writer must escape, drop or keep intact. */
const PIECES = [
  'tiltak',
  'samarbeid',
  'ungdom',
  'Bjørkvik',
  'Ávjovárgeaidnu',
  ' ',
  '  ',
  ' ',
  '&',
  '<',
  '>',
  '"',
  "'",
  '&amp;',
  '<w:t>',
  ']]>',
  '</w:p>',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\u00AD',
  '\u200B',
  '\u00A0',
  '👩‍👩‍👧',
  '🇳🇴',
  'مرحبا بالعالم',
  'שלום',
  '\u202E',
  'x'.repeat(300),
  'Ikke avklart',
  '2 500 000–3 000 000 kr',
  '1 250 000 kr',
  '%1.',
  '$&',
  '_Toc12',
  'rId3',
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Non-empty text (titles and names that the writers show on their own). */
const someText = hostileText.map((t) => (t === '' ? 'tekst' : t));

/** Heading ids: a small pool, so links find their targets, with ids Word's bookmark names cannot hold. */
const IDS = ['mal', 'budsjett', '1-start', 'æøå å', 'a"b<c>&d', 'x'.repeat(60), 'dup', 'dup-2'];

const HREFS = [
  ...IDS.map((id) => `#${id}`),
  '#finnes-ikke',
  'https://example.org/?a=1&b="2"<3>',
  'http://example.org/æøå',
  'mailto:post@example.org',
  'javascript:alert(1)',
  'ftp://example.org/',
  '',
];

const LANGS = ['se', 'en-GB', 'nn-NO', 'smj', 'x"<&'];

const inlineArb: fc.Arbitrary<Inline[]> = fc.letrec<{ inline: Inline; inlines: Inline[] }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: hostileText.map((text) => ({ type: 'text' as const, text })) },
    { weight: 1, arbitrary: fc.constant({ type: 'lineBreak' as const }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('Ikke avklart', 'Ikke  avklart & <x>', ' ')
        .map((text) => ({ type: 'unresolved' as const, text })),
    },
    { weight: 1, arbitrary: tie('inlines').map((children) => ({ type: 'strong' as const, children })) },
    { weight: 1, arbitrary: tie('inlines').map((children) => ({ type: 'emphasis' as const, children })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...LANGS), tie('inlines'))
        .map(([lang, children]) => ({ type: 'lang' as const, lang, children })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...HREFS), tie('inlines'))
        .map(([href, children]) => ({ type: 'link' as const, href, children })),
    },
  ),
  inlines: fc.array(tie('inline'), { maxLength: 4, depthIdentifier: 'inline' }),
})).inlines;

const source = { line: 1 };

/** Three charts: drawing them is slow, so the corpus repeats a few (the writer caches by chart). */
const CHARTS: Chart[] = [
  {
    type: 'chart',
    chart: 'timeline',
    title: 'Tidslinje & <plan>',
    alt: 'Tidslinje fra juni 2025 til april 2029 med 2 steg; "søknadsfristen" er ikke avklart.',
    source,
    data: {
      kind: 'timeline',
      start: '2025-06-01',
      end: '2029-04-30',
      rows: [
        {
          label: 'Prinsippvedtak',
          start: '2025-10-10',
          end: '2025-10-10',
          shape: 'point',
          tentative: false,
          dateText: '10. oktober 2025',
        },
        {
          label: 'Søknadsfrist <x>',
          start: '2025-12-01',
          end: '2026-01-31',
          shape: 'range',
          tentative: true,
          dateText: 'desember 2025 / januar 2026',
        },
      ],
    },
  },
  {
    type: 'chart',
    chart: 'financing',
    title: 'Finansiering',
    alt: 'Finansiering per år.',
    source,
    data: {
      kind: 'financing',
      unresolved: false,
      bars: [
        {
          label: '2026',
          segments: [
            { source: 'Fylket', form: 'kontant', amount: 500000 },
            { source: 'Kommunene', form: 'naturalia', amount: 250000 },
          ],
        },
        {
          label: 'Hele perioden',
          segments: [{ source: 'Staten', form: 'kontant', amount: null, range: { low: 1, high: 2 } }],
          total: { low: 100000, high: 200000 },
        },
      ],
    },
  },
  {
    type: 'chart',
    chart: 'timeline',
    title: '',
    alt: '',
    source,
    data: { kind: 'timeline', start: '2026-01-01', end: '2026-12-31', rows: [] },
  },
];

/** The pictures the trees name, by file name in the image folder (see writeCorpusImages). */
const IMAGE_FILES = ['liten.png', 'bred.png', 'bilde.jpg', 'finnes-ikke.png', 'ikke-bilde.png'];

/** A minimal JPEG: start of image, a baseline frame header of 640 × 480 pixels, end of image. */
function makeJpeg(width: number, height: number): Uint8Array {
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x03];
  const components = [0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  return new Uint8Array([0xff, 0xd8, ...sof, ...components, 0xff, 0xd9]);
}

/** Writes the pictures the generated trees name into `dir` (the same bytes every time). */
export function writeCorpusImages(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'liten.png'), makePng(40, 30));
  writeFileSync(join(dir, 'bred.png'), makePng(1400, 20));
  writeFileSync(join(dir, 'bilde.jpg'), makeJpeg(640, 480));
  writeFileSync(join(dir, 'ikke-bilde.png'), 'ikke et bilde');
}

const align = fc.constantFrom<Align>('left', 'right', 'center');

function tableArb(): fc.Arbitrary<Block> {
  return fc.integer({ min: 1, max: 4 }).chain((columns) => {
    const cell = fc.record(
      {
        children: fc.oneof(inlineArb, fc.constant([] as Inline[])),
        colSpan: fc.integer({ min: 1, max: columns + 1 }),
      },
      { requiredKeys: ['children'] },
    );
    const row = fc.record(
      { cells: fc.array(cell, { maxLength: columns }), total: fc.boolean() },
      { requiredKeys: ['cells'] },
    ) as fc.Arbitrary<TableRow>;
    return fc.record(
      {
        type: fc.constant('table' as const),
        columns: fc.array(fc.record({ align }), { minLength: columns, maxLength: columns }),
        header: fc.array(row, { maxLength: 2 }),
        body: fc.array(row, { maxLength: 5 }),
        rowHeaders: fc.boolean(),
        caption: inlineArb,
        source: fc.constant(source),
      },
      { requiredKeys: ['type', 'columns', 'header', 'body', 'source'] },
    );
  });
}

const blockArb: fc.Arbitrary<Block[]> = fc.letrec<{ block: Block; blocks: Block[]; item: ListItem }>(
  (tie) => ({
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      {
        weight: 5,
        arbitrary: inlineArb.map((children) => ({ type: 'paragraph' as const, children, source })),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom<1 | 2 | 3>(1, 2, 3), fc.constantFrom(...IDS), inlineArb)
          .map(([level, id, children]) => ({ type: 'heading' as const, level, id, children, source })),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.boolean(), fc.integer({ min: 0, max: 4 }), fc.array(tie('item'), { maxLength: 4 }))
          .map(([ordered, start, items]) => ({ type: 'list' as const, ordered, start, items, source })),
      },
      { weight: 2, arbitrary: tableArb() },
      {
        weight: 1,
        arbitrary: fc
          .record(
            { file: fc.constantFrom(...IMAGE_FILES), alt: hostileText, caption: inlineArb },
            { requiredKeys: ['file', 'alt'] },
          )
          .map(({ file, alt, caption }) => ({
            type: 'image' as const,
            src: file,
            alt,
            ...(caption ? { caption } : {}),
            source,
          })),
      },
      { weight: 1, arbitrary: fc.constant({ type: 'pageBreak' as const, source }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('draft' as const, 'note' as const, 'warning' as const), tie('blocks'))
          .map(([kind, children]) => ({ type: 'callout' as const, kind, children, source })),
      },
      { weight: 1, arbitrary: fc.constantFrom(...CHARTS) },
      {
        weight: 1,
        arbitrary: fc
          .record({
            place: hostileText,
            date: hostileText,
            signers: fc.array(
              fc.record(
                {
                  name: fc.oneof(hostileText, fc.constant('Ikke avklart')),
                  role: hostileText,
                  organisation: hostileText,
                },
                { requiredKeys: ['name'] },
              ),
              { maxLength: 3 },
            ),
          })
          .map((s) => ({ type: 'signature' as const, ...s, source })),
      },
      {
        weight: 1,
        arbitrary: tie('blocks').map((children) => ({ type: 'section' as const, children, source })),
      },
    ),
    blocks: fc.array(tie('block'), { maxLength: 5, depthIdentifier: 'block' }),
    item: fc.record({ children: tie('blocks') }),
  }),
).blocks;

/** Gives repeated heading ids a suffix (ids are unique in a document) and images their folder. */
function settle(blocks: Block[], imageDir: string, used = new Set<string>()): Block[] {
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading': {
        let id = block.id;
        for (let n = 2; used.has(id); n++) id = `${block.id}-${n}`;
        used.add(id);
        return { ...block, id };
      }
      case 'image':
        return { ...block, src: join(imageDir, block.src) };
      case 'list':
        return {
          ...block,
          items: block.items.map((item) => ({ children: settle(item.children, imageDir, used) })),
        };
      case 'callout':
      case 'section':
        return { ...block, children: settle(block.children, imageDir, used) };
      default:
        return block;
    }
  });
}

function headingsOf(blocks: Block[], out: Heading[] = []): Heading[] {
  for (const b of blocks) {
    if (b.type === 'heading') out.push(b);
    else if (b.type === 'list') for (const item of b.items) headingsOf(item.children, out);
    else if (b.type === 'callout' || b.type === 'section') headingsOf(b.children, out);
  }
  return out;
}

const metaArb: fc.Arbitrary<DocumentMeta> = fc
  .record(
    {
      id: fc.constantFrom('a', 'soknad-nfk', 'beskrivelse'),
      documentType: someText,
      title: someText,
      shortTitle: hostileText,
      subject: hostileText,
      keywords: fc.array(hostileText, { maxLength: 3 }),
      author: hostileText,
      project: hostileText,
      recipient: hostileText,
      applicant: hostileText,
      date: someText,
      isoDate: fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      version: hostileText,
      draft: fc.boolean(),
    },
    { requiredKeys: ['id', 'documentType', 'title', 'shortTitle', 'subject', 'keywords', 'author'] },
  )
  .map((m) => ({
    ...m,
    project: m.project ?? '',
    applicant: m.applicant ?? '',
    date: m.date ?? '1. januar 2026',
    isoDate: m.isoDate ?? '2026-01-01',
    draft: m.draft ?? true,
    lang: 'nb-NO' as const,
    attachments: [],
  }));

export interface GeneratedDocument {
  tree: DocumentTree;
  pages: PageMap;
}

/** A document tree and page numbers for it (some headings without a page, as when layout missed one). */
export function documentArbitrary(imageDir: string): fc.Arbitrary<GeneratedDocument> {
  return fc
    .tuple(metaArb, blockArb, fc.boolean(), fc.integer({ min: 1, max: 40 }), fc.array(fc.option(fc.nat(40))))
    .map(([meta, blocks, contents, pageCount, numbers]) => {
      const children = settle(blocks, imageDir);
      const headings: Record<string, number> = {};
      headingsOf(children).forEach((h, i) => {
        const n = numbers[i % Math.max(1, numbers.length)];
        if (n !== null && n !== undefined) headings[h.id] = n + 1;
      });
      return { tree: { type: 'document', meta, children }, pages: { contents, pageCount, headings } };
    });
}
