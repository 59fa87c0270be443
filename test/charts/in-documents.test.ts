/**
 * The charts in the real sample documents, end to end: content → facts → tree → PDF and DOCX, read back.
 * The PDF text (unpdf) holds the timeline's axis labels, and pdf.js finds them inside the chart's axis
 * band; the financing chart shows the known yearly totals; the DOCX holds an SVG and a PNG part for each
 * chart, with the chart's text alternative as the picture's description.
 */
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { drawChart } from '../../src/charts/draw-chart.js';
import { checkProject } from '../../src/content/check.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { createMeasurer } from '../../src/fonts/measurer.js';
import { layoutDocument } from '../../src/layout/layout-document.js';
import type { ChartBoxItem, LayoutResult, TextItem } from '../../src/layout/types.js';
import type { Block, Chart, DocumentTree } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { openWithPdfjs, pageTexts, squash } from '../pdf/tools.js';

const DIR = 'content/felles-ansvar';
const NB = '\u00a0';
/** Height of the timeline's axis band (year row and month/quarter row), as in src/charts/timeline.ts. */
const AXIS_BAND = 24;

interface Built {
  id: string;
  tree: DocumentTree;
  layout: LayoutResult;
  pdf: Uint8Array;
  docx: Uint8Array;
}
const built: Built[] = [];
const measurer = createMeasurer();

beforeAll(async () => {
  const checked = await checkProject(DIR, { final: false });
  if (!checked.project) throw new Error(JSON.stringify(checked.diagnostics.slice(0, 3)));
  const facts = deriveFacts(checked.project);
  for (const doc of checked.project.dokumenter) {
    const { tree } = buildDocumentTree(checked.project, facts, doc, {
      projectDir: DIR,
      templatesDir: 'templates',
      draft: true,
    });
    if (!tree) throw new Error(`${doc.id}: no tree`);
    const layout = layoutDocument(tree, measurer);
    const pdf = (await writePdf(tree, { layout })).bytes;
    const docx = (await writeDocx(tree)).bytes;
    built.push({ id: doc.id, tree, layout, pdf, docx });
  }
}, 60_000);

function chartsOf(blocks: Block[]): Chart[] {
  return blocks.flatMap((b) => (b.type === 'chart' ? [b] : b.type === 'callout' ? chartsOf(b.children) : []));
}

/** Every chart box of the layout with its page index. */
function chartBoxes(layout: LayoutResult): { page: number; box: ChartBoxItem }[] {
  return layout.pages.flatMap((p, page) =>
    p.items.filter((i): i is ChartBoxItem => i.type === 'chart').map((box) => ({ page, box })),
  );
}

describe('charts in the sample documents', () => {
  test('every document shows both charts', () => {
    expect(built.map((b) => b.id)).toEqual(['prosjektbeskrivelse', 'soknad-nfk', 'soknad-statsforvalteren']);
    for (const b of built) {
      expect(
        chartsOf(b.tree.children)
          .map((c) => c.data.kind)
          .sort(),
      ).toEqual(['financing', 'timeline']);
      expect(chartBoxes(b.layout)).toHaveLength(2);
    }
  });

  test('the PDF text holds the timeline axis labels, placed in the axis band of the chart', async () => {
    for (const b of built) {
      const { page, box } = chartBoxes(b.layout).find((c) => c.box.chart.data.kind === 'timeline')!;
      const axis = drawChart(box.chart, box, measurer)
        .filter((i): i is TextItem => i.type === 'text' && i.y < box.y + AXIS_BAND)
        .map((t) => t.text);
      // The sample runs from June 2025 to April 2029: a quarter axis with every year labelled.
      expect(axis.filter((t) => /^\d{4}$/.test(t))).toEqual(['2025', '2026', '2027', '2028', '2029']);
      expect(axis.filter((t) => t.endsWith(`${NB}kv.`)).length).toBeGreaterThanOrEqual(4);

      const text = squash((await pageTexts(b.pdf))[page]!);
      for (const label of new Set(axis)) expect(text, `${b.id}: ${label}`).toContain(squash(label));

      // pdf.js positions: each axis label is drawn within the chart's axis band (PDF y runs upwards).
      const pdf = await openWithPdfjs(b.pdf);
      const pdfPage = await pdf.getPage(page + 1);
      const height = b.layout.pages[page]!.height;
      const content = await pdfPage.getTextContent();
      const inBand = content.items
        .filter((i) => 'str' in i && 'transform' in i)
        .map((i) => i as { str: string; transform: number[] })
        .filter((i) => {
          const y = height - i.transform[5]!;
          const x = i.transform[4]!;
          return y > box.y && y < box.y + AXIS_BAND && x >= box.x - 0.5 && x <= box.x + box.width;
        })
        .map((i) => squash(i.str))
        .filter((s) => s !== '');
      expect(inBand.sort()).toEqual(axis.map(squash).sort());
      await pdf.destroy();
    }
  });

  test('in the PDF, the two «Arbeidsmøte … politiet i Rana» steps are one timeline row', async () => {
    for (const b of built) {
      const { page, box } = chartBoxes(b.layout).find((c) => c.box.chart.data.kind === 'timeline')!;
      const pdf = await openWithPdfjs(b.pdf);
      const height = b.layout.pages[page]!.height;
      const content = await (await pdf.getPage(page + 1)).getTextContent();
      // Text in the label column of the chart, top to bottom, as pdf.js reads it from the page.
      const labels = content.items
        .filter((i) => 'str' in i && 'transform' in i)
        .map((i) => i as { str: string; transform: number[] })
        .filter((i) => {
          const y = height - i.transform[5]!;
          return y > box.y + AXIS_BAND && y < box.y + box.height && Math.abs(i.transform[4]! - box.x) < 0.5;
        })
        .map((i) => squash(i.str))
        .filter((s) => s !== '');
      expect(
        labels.filter((l) => l.startsWith('Arbeidsmøte')),
        b.id,
      ).toHaveLength(1);
      expect(
        labels.some((l) => l.startsWith('Saken presentert')),
        b.id,
      ).toBe(true);
      await pdf.destroy();
    }
  });

  test('the financing chart in the PDF shows the yearly cost totals, marked as not split', async () => {
    for (const b of built) {
      const { page } = chartBoxes(b.layout).find((c) => c.box.chart.data.kind === 'financing')!;
      const text = squash((await pageTexts(b.pdf))[page]!);
      // One total above each of the three yearly bars (the tables say «Ikke avklart»).
      expect(text.split('2,5–3 mill. kr').length - 1, b.id).toBeGreaterThanOrEqual(3);
      expect(text).toContain('Fordeling ikke avklart');
      expect(text).toContain('Beløp ikke avklart');
      expect(text).not.toContain('Beløp og fordeling ikke avklart');
    }
  });

  test('the DOCX holds an SVG and a PNG part for each chart, described by its text alternative', () => {
    const decode = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    for (const b of built) {
      const files = unzipSync(b.docx);
      const xml = (name: string) => new TextDecoder().decode(files[name]);
      const doc = xml('word/document.xml');
      const rels = xml('word/_rels/document.xml.rels');
      const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
      const charts = chartsOf(b.tree.children);
      const drawings = [...doc.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
      expect(drawings).toHaveLength(charts.length);
      const seen = new Set<string>();
      drawings.forEach((d, i) => {
        const chart = charts[i]!;
        expect(decode(/<wp:docPr [^>]*descr="([^"]*)"/.exec(d)?.[1] ?? '')).toBe(chart.alt);
        const png = target(/<a:blip r:embed="(rId\d+)"/.exec(d)?.[1] ?? '-');
        const svg = target(/<asvg:svgBlip [^>]*r:embed="(rId\d+)"/.exec(d)?.[1] ?? '-');
        expect(png).toMatch(/\.png$/);
        expect(svg).toMatch(/\.svg$/);
        const pngBytes = files[`word/${png}`]!;
        expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const svgText = xml(`word/${svg}`);
        expect(svgText).toContain('<svg');
        // The SVG is this chart: the timeline's year labels, or the financing chart's marking.
        expect(svgText).toContain(chart.data.kind === 'timeline' ? '>2027<' : '>Fordeling ikke avklart<');
        seen.add(png).add(svg);
      });
      expect(seen.size).toBe(2 * charts.length);
    }
  });
});
