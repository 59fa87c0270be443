/**
 * The chart pictures of the real samples, read back from the DOCX each one's first document gives: in the
 * financing SVG every drawn source has one legend swatch that looks exactly like its segments, and the
 * picture's description (alt text) names the legend in the same order; in the timeline SVG of Felles
 * Ansvar the two «Arbeidsmøte … politiet i Rana» steps share one labelled row.
 */
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { financingLegendText } from '../../src/charts/financing-text.js';
import { keyLabel, sourceKeys } from '../../src/charts/financing-data.js';
import { checkProject } from '../../src/content/check.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import { deriveFacts } from '../../src/facts/derive.js';
import type { Block, Chart, FinancingChartData } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { expectedStacks, readFinancingSvg, readSvg } from './svg-read.js';

interface Picture {
  chart: Chart;
  svg: string;
  descr: string;
}
const pictures = new Map<string, Picture[]>();

function chartsOf(blocks: Block[]): Chart[] {
  return blocks.flatMap((b) => (b.type === 'chart' ? [b] : b.type === 'callout' ? chartsOf(b.children) : []));
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  for (const project of ['felles-ansvar', 'fritid-for-alle', 'vega-kystlag']) {
    const dir = `content/${project}`;
    const checked = await checkProject(dir, { final: false });
    if (!checked.project) throw new Error(JSON.stringify(checked.diagnostics.slice(0, 3)));
    const facts = deriveFacts(checked.project);
    const doc = checked.project.dokumenter[0]!;
    const { tree } = buildDocumentTree(checked.project, facts, doc, {
      projectDir: dir,
      templatesDir: 'templates',
      draft: true,
    });
    if (!tree) throw new Error(`${project}: no tree`);
    const files = unzipSync((await writeDocx(tree)).bytes);
    const xml = (name: string) => new TextDecoder().decode(files[name]);
    const rels = xml('word/_rels/document.xml.rels');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    const drawings = [...xml('word/document.xml').matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map(
      (m) => m[0],
    );
    const charts = chartsOf(tree.children);
    pictures.set(
      project,
      drawings.map((d, i) => ({
        chart: charts[i]!,
        svg: xml(`word/${target(/<asvg:svgBlip [^>]*r:embed="(rId\d+)"/.exec(d)?.[1] ?? '-')}`),
        descr: decode(/<wp:docPr [^>]*descr="([^"]*)"/.exec(d)?.[1] ?? ''),
      })),
    );
  }
}, 120_000);

describe('financing legend in the sample DOCX pictures', () => {
  test.each(['fritid-for-alle', 'vega-kystlag'])(
    '%s: one swatch per source, the same look as its segments',
    (p) => {
      const picture = pictures.get(p)!.find((x) => x.chart.data.kind === 'financing')!;
      const data = picture.chart.data as FinancingChartData;
      const keys = sourceKeys(data);
      expect(keys.length).toBeGreaterThan(1);
      const read = readFinancingSvg(picture.svg, keys.map(keyLabel));
      const entries = read.legend.filter((e) => e.label !== 'Anslag (spenn)');
      expect(entries.map((e) => e.label).sort()).toEqual(keys.map(keyLabel).sort());
      expect(new Set(entries.map((e) => e.look.fill)).size).toBe(entries.length);
      const swatch = new Map(entries.map((e) => [e.label, e.look]));
      const expected = expectedStacks(data, keys);
      expect(read.stacks.map((s) => s.length)).toEqual(expected.map((s) => s.length));
      read.stacks.forEach((stack, b) =>
        stack.forEach((segment, k) => {
          const look = swatch.get(keyLabel(expected[b]![k]!))!;
          expect([segment.fill, segment.outline, segment.marks]).toEqual([
            look.fill,
            look.outline,
            look.marks,
          ]);
        }),
      );
      // The legend reads top-down (column by column) like the bars from the top.
      const reading = [...read.legend].sort((a, b) => a.x - b.x || a.y - b.y).map((e) => e.label);
      expect(reading).toEqual(keys.map(keyLabel).reverse());
      // The picture's description names the legend, in that order.
      expect(picture.descr).toContain(financingLegendText(data));
      const order = keys.map((k) => picture.descr.indexOf(`${k.source}, ${k.form}:`)).reverse();
      expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    },
  );

  test('felles-ansvar (split not decided): no source swatch, a note names the sources', () => {
    const picture = pictures.get('felles-ansvar')!.find((x) => x.chart.data.kind === 'financing')!;
    const texts = readSvg(picture.svg)
      .filter((e) => e.name === 'text')
      .map((e) => e.text);
    const note = texts.slice(texts.findIndex((t) => t.startsWith('Kildene'))).join(' ');
    expect(note).toContain('Kildene (fordelingen er ikke avklart): Nordland fylkeskommune');
    expect(note).toContain('(naturalia).');
    expect(texts.some((t) => t.startsWith('Kilde:'))).toBe(false);
  });
});

describe('timeline rows in the sample DOCX picture', () => {
  test('felles-ansvar: the repeated «Arbeidsmøte» title is one row with two diamonds', () => {
    const picture = pictures.get('felles-ansvar')!.find((x) => x.chart.data.kind === 'timeline')!;
    const els = readSvg(picture.svg);
    const labelTexts = els.filter((e) => e.name === 'text' && e.attrs.x === '0').map((e) => e.text);
    expect(labelTexts.filter((t) => t.startsWith('Arbeidsmøte'))).toHaveLength(1);
    // The diamonds whose centre lies on that label's row (the label's lines are centred on the row).
    const labels = els.filter((e) => e.name === 'text' && e.attrs.x === '0');
    const first = labels.findIndex((e) => e.text.startsWith('Arbeidsmøte'));
    const ys = [Number(labels[first]!.attrs.y)];
    const next = labels[first + 1];
    if (next && Number(next.attrs.y) - ys[0]! < 12) ys.push(Number(next.attrs.y));
    const centre = (ys[0]! + ys.at(-1)!) / 2 - 3;
    const diamonds = els
      .filter((e) => e.name === 'polygon')
      .map((e) => e.attrs.points!.split(' ').map((p) => Number(p.split(',')[1])))
      .filter((y) => y.length === 4 && Math.abs((y[0]! + y[2]!) / 2 - centre) < 8);
    expect(diamonds).toHaveLength(2);
    // Every row label (lines joined per row) reads differently.
    const steps = (picture.chart.data as { rows: { label: string }[] }).rows;
    expect(new Set(steps.map((r) => r.label)).size).toBe(steps.length - 1);
    expect(picture.descr.replace(/\u00a0/g, ' ')).toContain(
      '«Arbeidsmøte Polarsirkelrådet og politiet i Rana» (4. juli 2025 og 22. august 2025)',
    );
  });
});
