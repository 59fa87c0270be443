import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { chartHeight } from '../../src/charts/draw-chart.js';
import { svgToPng } from '../../src/charts/png.js';
import { chartToSvg, itemsToSvg } from '../../src/charts/svg.js';
import type { Item } from '../../src/layout/types.js';
import { chartOf, financingData, timelineData, unresolvedFinancingData } from './fixtures.js';

const NB = '\u00a0';

interface SaxParser {
  onerror: (e: Error) => void;
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
  ontext: (t: string) => void;
  write(s: string): SaxParser;
  close(): void;
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };

/** Parses the SVG with a strict XML parser; returns the element names and the text content. */
function parseSvg(svg: string): { tags: string[]; texts: string[]; root: Record<string, string> } {
  const p = sax.parser(true);
  const tags: string[] = [];
  const texts: string[] = [];
  let root: Record<string, string> = {};
  p.onerror = (e) => {
    throw e;
  };
  p.onopentag = (tag) => {
    if (tags.length === 0) root = tag.attributes;
    tags.push(tag.name);
  };
  p.ontext = (t) => {
    if (t.trim()) texts.push(t);
  };
  p.write(svg).close();
  return { tags, texts, root };
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const timeline = chartOf(timelineData, 'Tidslinje');
const financing = chartOf(financingData, 'Finansiering');
const W = 453;

describe('SVG output', () => {
  test('a timeline SVG is well-formed XML with the axis labels as text', () => {
    const svg = chartToSvg(timeline, W, chartHeight(timeline, W));
    const { tags, texts, root } = parseSvg(svg);
    expect(tags[0]).toBe('svg');
    expect(root.viewBox).toBe(`0 0 ${W} ${chartHeight(timeline, W)}`);
    expect(tags).toEqual(expect.arrayContaining(['rect', 'line', 'polygon', 'text']));
    expect(texts).toEqual(expect.arrayContaining([`1.${NB}kv.`, '2026', '2029', 'Foreløpig tidsrom']));
    expect(svg).toContain(`font-family="'Source Sans 3', sans-serif"`);
  });

  test('a financing SVG holds the amounts and the undecided marking', () => {
    expect(parseSvg(chartToSvg(financing, W, chartHeight(financing, W))).texts).toContain(
      `1,5${NB}mill.${NB}kr`,
    );
    const undecided = chartOf(unresolvedFinancingData);
    expect(parseSvg(chartToSvg(undecided, W, chartHeight(undecided, W))).texts).toContain(
      'Fordeling ikke avklart',
    );
  });

  test('text is escaped and styles become SVG attributes', () => {
    const items: Item[] = [
      {
        type: 'text',
        x: 1,
        y: 10,
        text: 'A & B <c> "d"',
        font: 'boldItalic',
        size: 8,
        color: { r: 0, g: 0, b: 0 },
      },
      {
        type: 'rect',
        x: 0,
        y: 0,
        width: 5,
        height: 5,
        stroke: { r: 1, g: 0, b: 0 },
        lineWidth: 0.5,
        dash: [2, 1],
      },
    ];
    const svg = itemsToSvg(items, 20, 20);
    expect(parseSvg(svg).texts).toContain('A & B <c> "d"');
    expect(svg).toContain('font-weight="bold" font-style="italic"');
    expect(svg).toContain('fill="none" stroke="#ff0000" stroke-width="0.5" stroke-dasharray="2 1"');
  });

  test('the same chart gives the same SVG string', () => {
    const h = chartHeight(timeline, W);
    expect(chartToSvg(timeline, W, h)).toBe(chartToSvg(structuredClone(timeline), W, h));
  });
});

describe('PNG output', () => {
  test('has the PNG signature and the requested width; height keeps the aspect ratio', () => {
    const h = chartHeight(financing, W);
    const png = svgToPng(chartToSvg(financing, W, h), 1200);
    expect(Array.from(png.slice(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const size = pngSize(png);
    expect(size.width).toBe(1200);
    expect(size.height).toBe(Math.round((1200 * h) / W));
  });

  test('renders the text with the bundled font (not blank), deterministically', () => {
    const h = chartHeight(timeline, W);
    const svg = chartToSvg(timeline, W, h);
    const a = svgToPng(svg, 900);
    const b = svgToPng(svg, 900);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // Without any text the picture must differ: the labels were actually drawn.
    const noText = svg.replace(/<text[^>]*>[^<]*<\/text>\n?/g, '');
    expect(Buffer.from(svgToPng(noText, 900)).equals(Buffer.from(a))).toBe(false);
  });
});
