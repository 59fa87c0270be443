/**
 * Hand-made layout results for painter tests: every item kind, on A4 pages, with text positioned by the
 * real measurer. Independent of the layout engine.
 */
import { deflateSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { A4, type Color, type Item, type LayoutResult, type TextItem } from '../../src/layout/types.js';
import { createMeasurer } from '../../src/fonts/measurer.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Chart } from '../../src/tree/types.js';

export const BLACK: Color = { r: 0, g: 0, b: 0 };
const GREY: Color = { r: 0.4, g: 0.4, b: 0.4 };
const BLUE: Color = { r: 0.05, g: 0.3, b: 0.6 };
const m = createMeasurer();

/** Lines of body text in reading order, as they should come back from text extraction. */
export const PAGE1_LINES = [
  'Felles Ansvar er et gratis lavterskeltilbud for ungdom fra 12 år, med kontraktsbasert',
  'oppfølging over 6 måneder. Se rapporten og budsjettet. Vertskommune: Ikke avklart.',
  'Stedsnavn: Porsáŋgu, Divtasvuotna, čđŋšŧž. Æ Ø Å æ ø å – «sitat» … § € −12',
];

function text(
  x: number,
  y: number,
  s: string,
  font: TextItem['font'] = 'regular',
  size = 11,
  color = BLACK,
): TextItem {
  return { type: 'text', x, y, text: s, font, size, color, tag: { struct: 'b1', role: 'P' } };
}

/** A small 4×3 RGB PNG written by hand (so the test needs no image library). */
export function writeTestPng(): string {
  const w = 4;
  const h = 3;
  const raw: number[] = [];
  for (let y = 0; y < h; y++) {
    raw.push(0);
    for (let x = 0; x < w; x++) raw.push(x * 60, y * 100, 200);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'grantdocs-pdf-'));
  const file = join(dir, 'bilde.png');
  writeFileSync(file, png);
  return file;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chartNode(): Chart {
  const chart = sampleTree().children.find((b) => b.type === 'chart');
  if (!chart || chart.type !== 'chart') throw new Error('sample tree has no chart');
  return chart;
}

/** Three pages: text with every style, links, table rules, a chart box, an image, a watermark. */
export function handLayout(imagePath: string): LayoutResult {
  const left = 56.69;
  const furniture = (page: number): Item[] => [
    { ...text(left, 40, 'Felles Ansvar – søknad', 'regular', 9, GREY), tag: { artifact: true } },
    { ...text(left, 810, `Side ${page} av 3`, 'regular', 9, GREY), tag: { artifact: true } },
    {
      ...text(150, 560, 'UTKAST', 'bold', 96, { r: 0.85, g: 0.1, b: 0.1 }),
      rotate: 45,
      opacity: 0.12,
      outlines: true,
      tag: { artifact: true },
    },
  ];
  const p1: Item[] = [
    ...furniture(1),
    { ...text(left, 100, 'Bakgrunn', 'bold', 18), tag: { struct: 'b0', role: 'H1' } },
    ...PAGE1_LINES.map((l, i) => text(left, 130 + i * 15, l)),
    { ...text(left, 190, 'Kursiv tekst', 'italic'), tag: { struct: 'b2', role: 'P' } },
    {
      ...text(left + m.width('Kursiv tekst ', 'italic', 11), 190, 'og fet kursiv', 'boldItalic'),
      tag: { struct: 'b2', role: 'P' },
    },
  ];
  // Link rectangles over «rapporten» and «budsjettet» on the second line.
  const line2 = PAGE1_LINES[1]!;
  const linkAt = (word: string, href: string): Item => {
    const before = line2.slice(0, line2.indexOf(word));
    return {
      type: 'link',
      x: left + m.width(before, 'regular', 11),
      y: 145 - m.ascent('regular', 11),
      width: m.width(word, 'regular', 11),
      height: m.ascent('regular', 11) + m.descent('regular', 11),
      href,
    };
  };
  p1.push(linkAt('rapporten', 'https://www.politiet.no/'), linkAt('budsjettet', '#budsjett'));
  p1.push({
    type: 'line',
    x1: left,
    y1: 220,
    x2: 538.58,
    y2: 220,
    color: GREY,
    width: 0.5,
    tag: { artifact: true },
  });
  p1.push({
    type: 'rect',
    x: left,
    y: 240,
    width: 200,
    height: 40,
    fill: { r: 0.95, g: 0.95, b: 0.9 },
    stroke: BLUE,
    lineWidth: 1,
    dash: [3, 2],
  });
  p1.push({
    type: 'polygon',
    points: [
      { x: 300, y: 240 },
      { x: 320, y: 260 },
      { x: 300, y: 280 },
      { x: 280, y: 260 },
    ],
    fill: BLUE,
  });
  p1.push({ type: 'image', x: left, y: 300, width: 120, height: 90, src: imagePath, alt: 'Fargeprøve' });

  const p2: Item[] = [
    ...furniture(2),
    { ...text(left, 100, 'Budsjett', 'bold', 15), tag: { struct: 'b3', role: 'H2' } },
    { ...text(left, 125, 'Kostnad', 'bold'), tag: { struct: 'b4/r0/c0', role: 'TH' } },
    { ...text(400, 125, '2026', 'bold'), tag: { struct: 'b4/r0/c1', role: 'TH' } },
    {
      type: 'line',
      x1: left,
      y1: 130,
      x2: 538.58,
      y2: 130,
      color: BLACK,
      width: 0.75,
      tag: { artifact: true },
    },
    { ...text(left, 145, 'Fagstillinger'), tag: { struct: 'b4/r1/c0', role: 'TD' } },
    { ...text(400, 145, '2\u00a0500\u00a0000 kr'), tag: { struct: 'b4/r1/c1', role: 'TD' } },
    {
      type: 'chart',
      x: left,
      y: 200,
      width: 481.89,
      height: 150,
      chart: chartNode(),
      tag: { struct: 'b5', role: 'Figure' },
    },
    { type: 'link', x: left, y: 400, width: 100, height: 14, href: 'mailto:post@polarsirkelradet.no' },
    { ...text(left, 411, 'post@polarsirkelradet.no', 'regular', 11, BLUE), tag: { struct: 'b6', role: 'P' } },
  ];
  const p3: Item[] = [
    ...furniture(3),
    { ...text(left, 100, 'Signatur', 'bold', 15), tag: { struct: 'b7', role: 'H2' } },
    { ...text(left, 125, 'Mo i Rana, 16. september 2025'), tag: { struct: 'b8', role: 'P' } },
  ];
  return {
    pages: [p1, p2, p3].map((items) => ({ width: A4.width, height: A4.height, items })),
    outline: [
      { title: 'Bakgrunn', level: 1, page: 0, y: 86, id: 'bakgrunn' },
      { title: 'Budsjett', level: 2, page: 1, y: 88, id: 'budsjett' },
      { title: 'Signatur – Mo i Rana', level: 2, page: 2, y: 88, id: 'signatur' },
    ],
    anchors: {
      bakgrunn: { page: 0, y: 86 },
      budsjett: { page: 1, y: 88 },
      signatur: { page: 2, y: 88 },
    },
    diagnostics: [],
  };
}
