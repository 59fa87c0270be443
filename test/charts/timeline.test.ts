import { describe, expect, test } from 'vitest';
import { chartHeight, drawChart } from '../../src/charts/draw-chart.js';
import { createChartMeasurer } from '../../src/charts/font-measurer.js';
import type { Item, LineItem, Measurer, PolygonItem, RectItem, TextItem } from '../../src/layout/types.js';
import type { TimelineChartData } from '../../src/tree/types.js';
import { chartOf, shortTimelineData, timelineData } from './fixtures.js';
import { fakeMeasurer, outside, overlappingTexts, texts } from './helpers.js';

const NB = '\u00a0';
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function draw(data: TimelineChartData, m: Measurer = fakeMeasurer, width = 453) {
  const chart = chartOf(data, 'Tidslinje');
  const box = { x: 70, y: 100, width, height: chartHeight(chart, width) };
  return { box, items: drawChart(chart, box, m) };
}

/** Items whose vertical centre lies in row i's band, found from the row's label text position. */
function rowBand(items: Item[], data: TimelineChartData, i: number, box: { y: number; height: number }) {
  const rowsTop = box.y + 26;
  const rowH = (box.y + box.height - 18 - rowsTop) / data.rows.length;
  return { top: rowsTop + i * rowH, bottom: rowsTop + (i + 1) * rowH };
}

function shapesInRow(items: Item[], top: number, bottom: number, plotLeft: number) {
  return items.filter((it): it is RectItem | PolygonItem => {
    if (it.type === 'polygon') {
      const cy = (it.points[0]!.y + it.points[2]!.y) / 2;
      return cy > top && cy < bottom;
    }
    if (it.type === 'rect') return it.x >= plotLeft && it.y > top && it.y + it.height < bottom;
    return false;
  });
}

describe.each([
  ['fake measurer', fakeMeasurer],
  ['Source Sans 3 measurer', createChartMeasurer()],
])('timeline chart (%s)', (_name, m) => {
  test.each([
    ['long span', timelineData, 453],
    ['short span', shortTimelineData, 453],
    ['narrow box', timelineData, 260],
  ] as const)('%s: everything inside the box, no text overlapping another', (_n, data, width) => {
    const { box, items } = draw(data, m, width);
    expect(outside(items, box, m)).toEqual([]);
    expect(overlappingTexts(items, m)).toEqual([]);
  });

  test.each([
    ['long span', timelineData, 453],
    ['short span', shortTimelineData, 453],
    ['a little narrower', timelineData, 400],
  ] as const)('%s: no month or quarter label straddles a year separator', (_n, data, width) => {
    const { box, items } = draw(data, m, width);
    // Axis labels: the second row of the axis band (box.y + 12 … box.y + 24).
    const labels = items.filter(
      (i): i is TextItem => i.type === 'text' && i.y > box.y + 12 && i.y < box.y + 24,
    );
    expect(labels.length).toBeGreaterThan(2);
    const separators = items.filter(
      (i): i is LineItem => i.type === 'line' && i.x1 === i.x2 && i.y1 <= box.y + 12,
    );
    expect(separators.length).toBeGreaterThan(0);
    for (const t of labels) {
      const right = t.x + m.width(t.text, t.font, t.size);
      const crossing = separators.filter((l) => l.x1 > t.x - 0.5 && l.x1 < right + 0.5);
      expect(crossing.map((l) => [t.text, l.x1])).toEqual([]);
    }
  });
});

describe('timeline geometry', () => {
  const { box, items } = draw(timelineData);
  const plotLeft = Math.min(
    ...items.filter((i): i is LineItem => i.type === 'line' && i.y1 === i.y2).map((l) => l.x1),
  );

  // Bars of firm range rows: their left and right edges against their dates.
  const bars = timelineData.rows
    .map((row, i) => ({ row, band: rowBand(items, timelineData, i, box) }))
    .filter(({ row }) => row.shape === 'range')
    .map(({ row, band }) => {
      const rect = shapesInRow(items, band.top, band.bottom, plotLeft).find(
        (r): r is RectItem => r.type === 'rect',
      )!;
      return { row, rect };
    });

  // x(day) from two bar edges; every other edge must lie on the same line.
  const a = bars[0]!;
  const scale = a.rect.width / (dayOf(a.row.end) + 1 - dayOf(a.row.start));
  const x = (day: number) => a.rect.x + (day - dayOf(a.row.start)) * scale;

  test('bars are proportional to their dates (x linear in days)', () => {
    expect(bars.length).toBeGreaterThanOrEqual(3);
    for (const { row, rect } of bars) {
      expect(rect.x).toBeCloseTo(x(dayOf(row.start)), 6);
      expect(rect.x + rect.width).toBeCloseTo(x(dayOf(row.end) + 1), 6);
    }
  });

  test('year separators sit on 1 January', () => {
    const separators = items.filter(
      (i): i is LineItem => i.type === 'line' && i.x1 === i.x2 && i.width === 0.75,
    );
    expect(separators.map((l) => l.x1)).toEqual(
      ['2026-01-01', '2027-01-01', '2028-01-01', '2029-01-01'].map((d) => expect.closeTo(x(dayOf(d)), 6)),
    );
  });

  test('diamonds are centred on their date', () => {
    timelineData.rows.forEach((row, i) => {
      if (row.shape !== 'point') return;
      const band = rowBand(items, timelineData, i, box);
      const poly = shapesInRow(items, band.top, band.bottom, plotLeft).find(
        (s): s is PolygonItem => s.type === 'polygon',
      )!;
      const cx = (poly.points[1]!.x + poly.points[3]!.x) / 2;
      const cy = (poly.points[0]!.y + poly.points[2]!.y) / 2;
      expect(cx).toBeCloseTo((x(dayOf(row.start)) + x(dayOf(row.end) + 1)) / 2, 6);
      expect(poly.points[0]!.x).toBeCloseTo(cx, 6);
      expect(cy).toBeCloseTo((band.top + band.bottom) / 2, 6);
    });
  });

  test('tentative rows are dashed, firm rows are not', () => {
    timelineData.rows.forEach((row, i) => {
      const band = rowBand(items, timelineData, i, box);
      const shapes = shapesInRow(items, band.top, band.bottom, plotLeft);
      expect(shapes.length).toBeGreaterThan(0);
      const dashed = shapes.some((s) => s.dash && s.dash.length > 0);
      expect(dashed, row.label).toBe(row.tentative);
      if (row.tentative && row.shape === 'range') {
        // Hatched: diagonal lines inside the bar.
        const bar = shapes.find((s): s is RectItem => s.type === 'rect')!;
        const hatch = items.filter(
          (l): l is LineItem =>
            l.type === 'line' &&
            l.x1 !== l.x2 &&
            l.y1 !== l.y2 &&
            l.x1 >= bar.x - 0.01 &&
            l.x2 <= bar.x + bar.width + 0.01 &&
            l.y1 <= bar.y + bar.height + 0.01 &&
            l.y2 >= bar.y - 0.01,
        );
        expect(hatch.length).toBeGreaterThan(5);
      }
    });
  });

  test('quarter axis with Norwegian labels, year labels and a legend for tentative items', () => {
    const t = texts(items);
    expect(t).toContain(`1.${NB}kv.`);
    expect(t).toEqual(expect.arrayContaining(['2025', '2026', '2027', '2028', '2029']));
    expect(t).toEqual(expect.arrayContaining(['Tidsrom', 'Dato', 'Foreløpig tidsrom', 'Foreløpig dato']));
  });

  test('a span of up to two years gets month labels', () => {
    const t = texts(draw(shortTimelineData).items);
    expect(t).toEqual(expect.arrayContaining(['jun', 'sep', 'des', 'jan', 'mar']));
    expect(t.some((s) => s.includes('kv.'))).toBe(false);
  });

  test('long labels wrap to two lines or end in an ellipsis, within the label column', () => {
    const t = texts(items);
    // At 9 pt the long label takes two lines: the first ends at a space, the second goes on.
    expect(t).toContain('Kommunestyrebehandling');
    expect(t.some((s) => s.startsWith('(endelig'))).toBe(true);
    const narrow = texts(draw(timelineData, fakeMeasurer, 260).items);
    expect(narrow.some((s) => s.endsWith('…'))).toBe(true);
  });

  test('the drawing fills a taller box and stays inside it', () => {
    const chart = chartOf(timelineData);
    const tall = { x: 0, y: 0, width: 400, height: chartHeight(chart, 400) + 120 };
    expect(outside(drawChart(chart, tall, fakeMeasurer), tall, fakeMeasurer)).toEqual([]);
  });
});
