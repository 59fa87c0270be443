import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartHeight, drawChart } from '../../src/charts/draw-chart.js';
import { imageSize } from '../../src/layout/image-size.js';
import { keepLaidOutBlocks } from '../../src/layout/block-memo.js';
import { layoutDocument } from '../../src/layout/layout-document.js';
import type { ChartBoxItem, ImageItem, Measurer } from '../../src/layout/types.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block, Chart } from '../../src/tree/types.js';
import { fakeMeasurer } from './fake-measurer.js';
import { body, isText, structOf } from './inspect.js';
import { bigTree, para, rng, words } from './trees.js';

/** A PNG header (signature, IHDR, optional pHYs) — enough for the size reader. */
function png(width: number, height: number, ppm?: number): Buffer {
  const chunk = (name: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(name, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (ppm) {
    const phys = Buffer.alloc(9);
    phys.writeUInt32BE(ppm, 0);
    phys.writeUInt32BE(ppm, 4);
    phys[8] = 1;
    parts.push(chunk('pHYs', phys));
  }
  parts.push(chunk('IDAT', Buffer.alloc(0)), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** A JPEG start: SOI, JFIF APP0 with 300 dpi, SOF0 with the size. */
function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from([
    0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 1, 0x01, 0x2c, 0x01, 0x2c, 0, 0,
  ]);
  const sof = Buffer.from([
    0xff,
    0xc0,
    0,
    11,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    1,
    1,
    0x11,
    0,
  ]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

const dir = mkdtempSync(join(tmpdir(), 'grantdocs-layout-'));
const image = (src: string, alt = 'Kart over kommunene'): Block => ({
  type: 'image',
  src,
  alt,
  caption: [{ type: 'text', text: 'Figur 1. Kommunene i Polarsirkelrådet' }],
  source: { line: 4 },
});

describe('image sizes', () => {
  it('reads PNG and JPEG headers, with their pixel density', () => {
    expect(imageSize(png(640, 480))).toEqual({ width: 640, height: 480 });
    expect(imageSize(png(640, 480, 11811))).toEqual({ width: 640, height: 480, dpi: 300 });
    expect(imageSize(jpeg(1200, 800))).toEqual({ width: 1200, height: 800, dpi: 300 });
    expect(imageSize(Buffer.from('GIF89a......'))).toBeUndefined();
  });
});

describe('images in the layout', () => {
  it('scales an image to the column, keeps its alt text and caption, centred', () => {
    const src = join(dir, 'stor.png');
    writeFileSync(src, png(4000, 1000));
    const r = layoutDocument({ ...sampleTree(), children: [para('Før bildet.'), image(src)] }, fakeMeasurer);
    const img = r.pages[0]!.items.find((i): i is ImageItem => i.type === 'image')!;
    expect(img.width).toBeCloseTo(body.right - body.left);
    expect(img.height).toBeCloseTo(img.width / 4);
    expect(img).toMatchObject({ alt: 'Kart over kommunene', src, tag: { struct: 'b1', role: 'Figure' } });
    const cap = r.pages[0]!.items.filter(isText).find((t) => structOf(t) === 'b1/cap')!;
    expect(cap.y).toBeGreaterThan(img.y + img.height);
    expect(r.diagnostics).toEqual([]);
  });

  it('uses the natural size of a small image at its density', () => {
    const src = join(dir, 'liten.jpg');
    writeFileSync(src, jpeg(300, 150));
    const r = layoutDocument({ ...sampleTree(), children: [image(src)] }, fakeMeasurer);
    const img = r.pages[0]!.items.find((i): i is ImageItem => i.type === 'image')!;
    expect(img.width).toBeCloseTo(72);
    expect(img.height).toBeCloseTo(36);
  });

  it('lays out a picture replaced under the same name at its new size (no layout memo for pictures)', () => {
    keepLaidOutBlocks();
    const src = join(dir, 'byttes.png');
    writeFileSync(src, png(400, 400));
    const tree = { ...sampleTree(), children: [para('Før bildet.'), image(src)] };
    const size = () => {
      const img = layoutDocument(tree, fakeMeasurer).pages[0]!.items.find(
        (i): i is ImageItem => i.type === 'image',
      )!;
      return [img.width, img.height];
    };
    const [w1, h1] = size();
    writeFileSync(src, png(400, 200));
    const [w2, h2] = size();
    expect(w2).toBeCloseTo(w1!);
    expect(h2).toBeCloseTo(h1! / 2);
  });

  it('reports a missing image as an error and a non-image as an error', () => {
    const bad = join(dir, 'tekst.png');
    writeFileSync(bad, 'ikke et bilde');
    const r = layoutDocument(
      { ...sampleTree(), children: [image(join(dir, 'finnes-ikke.png')), image(bad)] },
      fakeMeasurer,
    );
    expect(r.diagnostics.map((d) => [d.severity, d.rule, d.start?.line])).toEqual([
      ['error', 'layout/image', 4],
      ['error', 'layout/image', 4],
    ]);
    expect(r.diagnostics[0]!.message).toContain('finnes-ikke.png');
    expect(r.diagnostics[1]!.message).toContain('PNG');
  });
});

describe('charts in the layout', () => {
  const financing: Chart = {
    type: 'chart',
    chart: 'financing',
    title: 'Finansieringsplan',
    alt: 'Finansieringsplan (test)',
    source: { line: 7 },
    data: {
      kind: 'financing',
      unresolved: false,
      bars: ['2026', '2027', '2028'].map((label) => ({
        label,
        segments: ['Fylket', 'Staten', 'Politiet', 'Kommunene', 'Regionrådet'].map((source) => ({
          source,
          form: 'kontant' as const,
          amount: 500_000,
        })),
      })),
    },
  };

  it('reserves the height the chart module asks for at the column width, and flows on below it', () => {
    const r = layoutDocument(
      { ...sampleTree(), children: [para('Før.'), financing, para('Etter diagrammet.')] },
      fakeMeasurer,
    );
    const box = r.pages[0]!.items.find((i): i is ChartBoxItem => i.type === 'chart')!;
    expect(box.width).toBeCloseTo(body.right - body.left);
    expect(box.height).toBe(chartHeight(financing, box.width));
    // Five sources make a legend of three rows: taller than the fixed 220 points reserved before.
    expect(box.height).toBeGreaterThan(220);
    const after = r.pages[0]!.items.filter(isText).find((t) => t.text.startsWith('Etter'))!;
    expect(after.y).toBeGreaterThan(box.y + box.height);
    // What the chart draws into that box stays inside it.
    for (const it of drawChart(financing, box, fakeMeasurer)) {
      if (it.type === 'rect') {
        expect(it.y).toBeGreaterThanOrEqual(box.y - 1);
        expect(it.y + it.height).toBeLessThanOrEqual(box.y + box.height + 1);
      }
      if (it.type === 'text') expect(it.y).toBeLessThanOrEqual(box.y + box.height);
    }
  });
});

describe('callouts', () => {
  it('draws the tinted box with its left rule behind the text on each page it spans', () => {
    const rand = rng(2);
    const children: Block[] = [
      para(words(300, rand)),
      {
        type: 'callout',
        kind: 'warning',
        source: { line: 9 },
        children: Array.from({ length: 12 }, () => para(words(60, rand))),
      },
    ];
    const r = layoutDocument({ ...sampleTree(), children }, fakeMeasurer);
    let pagesWithCallout = 0;
    r.pages.forEach((p) => {
      const texts = p.items.filter(isText).filter((t) => structOf(t)?.startsWith('b1/'));
      if (!texts.length) return;
      pagesWithCallout++;
      const rects = p.items.filter((i) => i.type === 'rect' && i.tag && 'artifact' in i.tag);
      const fill = rects.find((i) => i.type === 'rect' && i.width > 100)!;
      const rule = rects.find((i) => i.type === 'rect' && i.width === 3)!;
      expect(fill).toBeDefined();
      expect(rule).toBeDefined();
      if (fill.type !== 'rect') return;
      // Background first, so it lies behind the text; text inside the box, indented past the rule.
      expect(p.items.indexOf(fill)).toBeLessThan(p.items.indexOf(texts[0]!));
      for (const t of texts) {
        expect(t.y).toBeGreaterThan(fill.y);
        expect(t.y).toBeLessThan(fill.y + fill.height);
        expect(t.x).toBeGreaterThan(fill.x + 3);
      }
    });
    expect(pagesWithCallout).toBeGreaterThanOrEqual(2);
  });
});

describe('cost', () => {
  it('measures each distinct word once however long the document is', () => {
    const count = (sections: number): number => {
      let calls = 0;
      const m: Measurer = { ...fakeMeasurer, width: (t, f, s) => (calls++, fakeMeasurer.width(t, f, s)) };
      // Without the table of contents, whose entries set each heading's words again in the body face.
      layoutDocument(bigTree(sections, 9), m, { contents: false });
      return calls;
    };
    const small = count(20);
    const large = count(200);
    // Ten times the content, far less than ten times the measuring: the width cache holds.
    expect(large).toBeLessThan(small * 3);
  });
});
