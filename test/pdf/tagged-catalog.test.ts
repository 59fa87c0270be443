/**
 * Tagged PDF, document level, on the real sample documents: catalog, pages, link annotations, ParentTree
 * and XMP read back with `qpdf --json` (runs when qpdf is installed; required in CI), identical bytes on
 * a second build, and what tagging costs in size. Also: a Sámi place name carries its own /Lang.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { drawChart } from '../../src/charts/draw-chart.js';
import { createMeasurer } from '../../src/fonts/measurer.js';
import { layoutDocument } from '../../src/layout/layout-document.js';
import type { Item, LayoutResult } from '../../src/layout/types.js';
import { parseMarkup } from '../../src/markup/parse.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { drawPdf } from '../../src/writers/pdf/draw-pdf.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { sampleDocuments } from './sample-docs.js';
import { allNodes, nodeText, readMarkedText, readStructTree } from './struct-read.js';
import { hasTool, openWithPdfjs, run, tempFile } from './tools.js';

const built: { id: string; tree: DocumentTree; bytes: Uint8Array }[] = [];

beforeAll(async () => {
  for (const { id, tree } of await sampleDocuments())
    built.push({ id, tree, bytes: (await writePdf(tree)).bytes });
});

type Json = Record<string, unknown>;

/** qpdf's JSON (version 2) of a file: objects by "obj:N 0 R", the trailer and the page list. */
function qpdfJson(bytes: Uint8Array) {
  const r = run('qpdf', [
    '--json',
    '--json-stream-data=inline',
    '--decode-level=generalized',
    tempFile(bytes),
  ]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out) as { pages: { object: string }[]; qpdf: [unknown, Record<string, Json>] };
  const objs = json.qpdf[1];
  const value = (ref: unknown): Json => {
    const o = objs[`obj:${String(ref)}`]!;
    return (o.value ?? (o.stream as Json).dict) as Json;
  };
  const trailer = objs.trailer!.value as Json;
  return { objs, value, trailer, catalog: value(trailer['/Root']), pages: json.pages.map((p) => p.object) };
}

/** A qpdf JSON string ("u:text" or "b:hex") as text. */
function str(v: unknown): string {
  const s = String(v);
  return s.startsWith('u:') ? s.slice(2) : s;
}

function xmpField(xml: string, re: RegExp): string | undefined {
  const m = re.exec(xml)?.[1];
  return m
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('tagged sample documents: catalog and metadata', () => {
  test.runIf(hasTool('qpdf'))('catalog, pages, annotations, ParentTree and XMP (qpdf --json)', () => {
    for (const b of built) {
      const { objs, value, trailer, catalog, pages } = qpdfJson(b.bytes);
      expect((catalog['/MarkInfo'] as Json)['/Marked']).toBe(true);
      expect(str(catalog['/Lang'])).toBe('nb-NO');
      expect(value(catalog['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
      const root = value(catalog['/StructTreeRoot']);
      expect(root['/Type']).toBe('/StructTreeRoot');
      expect(root['/RoleMap']).toEqual({ '/Title': '/H1' });
      const nums = value(root['/ParentTree'])['/Nums'] as unknown[];
      const parents = new Map<number, unknown>();
      for (let i = 0; i < nums.length; i += 2) parents.set(nums[i] as number, nums[i + 1]);
      // Keys in ascending order, as a number tree requires.
      expect([...parents.keys()]).toEqual([...parents.keys()].sort((x, y) => x - y));
      let annotations = 0;
      pages.forEach((ref, i) => {
        const page = value(ref);
        expect(page['/Tabs']).toBe('/S');
        expect(page['/StructParents']).toBe(i);
        expect(Array.isArray(parents.get(i))).toBe(true);
        for (const a of (page['/Annots'] as string[] | undefined) ?? []) {
          const annot = value(a);
          expect(annot['/Subtype']).toBe('/Link');
          expect(str(annot['/Contents']).length).toBeGreaterThan(5);
          const key = annot['/StructParent'] as number;
          expect(value(parents.get(key))['/S']).toBe('/Link');
          annotations++;
        }
      });
      expect(root['/ParentTreeNextKey']).toBe(pages.length + annotations);

      // XMP agrees with the Info dictionary and the catalog.
      const info = value(trailer['/Info']);
      const meta = objs[`obj:${String(catalog['/Metadata'])}`]!.stream as { data: string; dict: Json };
      expect(meta.dict['/Subtype']).toBe('/XML');
      const xml = Buffer.from(meta.data, 'base64').toString('utf8');
      const li = (tag: string) => new RegExp(`<${tag}><rdf:\\w+>\\s*<rdf:li[^>]*>([^<]*)</rdf:li>`);
      expect(xmpField(xml, li('dc:title'))).toBe(str(info['/Title']));
      expect(str(info['/Title'])).toBe(b.tree.meta.title);
      expect(xmpField(xml, li('dc:language'))).toBe(str(catalog['/Lang']));
      expect(xmpField(xml, li('dc:creator'))).toBe(str(info['/Author']));
      expect(xmpField(xml, li('dc:description'))).toBe(str(info['/Subject']));
      expect(xmpField(xml, /<pdf:Keywords>([^<]*)</)).toBe(str(info['/Keywords']));
      expect(xmpField(xml, /<pdf:Producer>([^<]*)</)).toBe(str(info['/Producer']));
      expect(xmpField(xml, /<xmp:CreatorTool>([^<]*)</)).toBe(str(info['/Creator']));
      const created = /^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(str(info['/CreationDate']))!;
      expect(xmpField(xml, /<xmp:CreateDate>([^<]*)</)).toBe(
        `${created[1]}-${created[2]}-${created[3]}T${created[4]}:${created[5]}:${created[6]}Z`,
      );
      expect(xmpField(xml, /<pdfuaid:part>([^<]*)</)).toBe('1');
    }
  });

  test('a second build gives identical bytes', async () => {
    for (const b of built) {
      const again = await writePdf(b.tree);
      expect({ id: b.id, same: Buffer.from(again.bytes).equals(Buffer.from(b.bytes)) }).toEqual({
        id: b.id,
        same: true,
      });
    }
  });

  test('tagging adds at most 30 % to the file size', async () => {
    const strip = (item: Item): Item => ({ ...item, tag: undefined });
    for (const b of built) {
      const layout = layoutDocument(b.tree, createMeasurer());
      const untagged: LayoutResult = {
        ...layout,
        structure: undefined,
        pages: layout.pages.map((p) => ({ ...p, items: p.items.map(strip) })),
      };
      const plain = await drawPdf(untagged, b.tree.meta, {
        chartDrawer: (chart, box, m) => drawChart(chart, box, m).map(strip),
      });
      const doc = await PDFDocument.load(plain.bytes, { updateMetadata: false });
      expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeUndefined();
      // 25 % before the table of contents, which adds a TOCI, a Link and an annotation per line.
      expect(b.bytes.length / plain.bytes.length).toBeLessThanOrEqual(1.3);
    }
  });
});

describe('language of parts', () => {
  test('a Sámi place name marked {lang=se} carries /Lang se on its own element', async () => {
    const md = [
      'Tiltaket gjelder også [Porsáŋgu]{lang=se} og Alta.',
      '',
      '- Kommunen [Divtasvuotna]{lang=se} deltar.',
      '',
    ].join('\n');
    const { children, diagnostics } = parseMarkup(md);
    expect(diagnostics).toEqual([]);
    const tree: DocumentTree = { ...sampleTree(), children };
    const { bytes } = await writePdf(tree);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const { root } = readStructTree(doc);
    const { marks } = await readMarkedText(bytes);
    const spans = allNodes(root).filter((n) => n.lang !== undefined);
    expect(spans.map((s) => [s.role, s.lang, nodeText(s, marks).trim()])).toEqual([
      ['Span', 'se', 'Porsáŋgu'],
      ['Span', 'se', 'Divtasvuotna'],
    ]);
    // The spans sit inside their paragraph and list body; the rest is in the document's language.
    const paragraph = allNodes(root).find((n) => n.children.includes(spans[0]!))!;
    expect(paragraph.role).toBe('P');
    expect(nodeText(paragraph, marks)).toBe('Tiltaket gjelder også Porsáŋgu og Alta.');
    expect(allNodes(root).find((n) => n.children.includes(spans[1]!))!.role).toBe('LBody');
    // pdf.js reports the language on the element, and the document language in the catalog.
    const js = await openWithPdfjs(bytes);
    const tree1 = (await (await js.getPage(1)).getStructTree()) as unknown as { children: unknown[] };
    expect(JSON.stringify(tree1)).toContain('"lang":"se"');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('nb-NO');
    await js.destroy();
  });
});
