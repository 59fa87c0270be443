/**
 * Unique timeline rows for generated timelines whose steps repeat titles (the same meeting twice) or have
 * long titles that differ only at the end: one row per title with a marker for every step, and no two rows
 * whose drawn label reads the same. The drawn chart is read back: its label texts per row band and its
 * markers (diamonds and bars) per row band.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chartHeight, drawChart } from '../../src/charts/draw-chart.js';
import { createChartMeasurer } from '../../src/charts/font-measurer.js';
import { COLORS, SIZES } from '../../src/charts/style.js';
import { displayRows, rowLabelLines, sharedRowsText } from '../../src/charts/timeline-rows.js';
import type { Item, PolygonItem, RectItem, TextItem } from '../../src/layout/types.js';
import type { TimelineChartData, TimelineRow } from '../../src/tree/types.js';
import { chartOf, timelineData } from './fixtures.js';

const m = createChartMeasurer();

const TITLES = [
  'Arbeidsmøte Polarsirkelrådet og politiet i Rana',
  'Styremøte',
  'Søknadsfrist Nordland fylkeskommune',
  'Søknadsfrist Statsforvalteren',
  'Utarbeidelse av prosjektbeskrivelse og søknader til fylkeskommunen (første runde)',
  'Utarbeidelse av prosjektbeskrivelse og søknader til fylkeskommunen (andre runde)',
  'Informasjonsmøte for regionrådsledere og sekretariatene i IPR-ene i Nordland, Helgeland',
  'Informasjonsmøte for regionrådsledere og sekretariatene i IPR-ene i Nordland, Salten',
  'Prosjektperiode',
];

const iso = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

const stepArb: fc.Arbitrary<TimelineRow> = fc
  .record({
    title: fc.constantFrom(...TITLES),
    start: fc.integer({ min: 0, max: 1000 }),
    length: fc.integer({ min: 0, max: 200 }),
    point: fc.boolean(),
    tentative: fc.boolean(),
  })
  .map(({ title, start, length, point, tentative }) => ({
    label: title,
    start: iso(start),
    end: iso(point ? start : start + length),
    shape: point ? ('point' as const) : ('range' as const),
    tentative,
    dateText: point ? iso(start) : `${iso(start)}–${iso(start + length)}`,
  }));

const timelineArb: fc.Arbitrary<TimelineChartData> = fc
  .array(stepArb, { minLength: 1, maxLength: 14 })
  .map((rows) => {
    const days = rows.flatMap((r) => [r.start, r.end]).sort();
    return { kind: 'timeline', start: days[0]!, end: days.at(-1)!, rows };
  });

function drawn(data: TimelineChartData, width: number) {
  const chart = chartOf(data, 'Tidslinje');
  const box = { x: 0, y: 0, width, height: chartHeight(chart, width) };
  return { box, items: drawChart(chart, box, m) };
}

const sameColor = (a: { r: number; g: number; b: number }, b: { r: number; g: number; b: number }) =>
  a.r === b.r && a.g === b.g && a.b === b.b;

/** Row bands from the alternating background bands: odd rows are banded, each band one row high. */
function rowLabelsAndMarkers(items: Item[], rows: number, box: { x: number; y: number; height: number }) {
  const labels = items.filter(
    (i): i is TextItem =>
      i.type === 'text' && i.x === box.x && i.size === SIZES.label && i.font === 'regular',
  );
  const bands = items.filter((i): i is RectItem => i.type === 'rect' && i.x === box.x && !!i.fill);
  const rowH = bands[0]?.height ?? (box.height - 26 - 18) / rows;
  const rowsTop = bands.length > 0 ? bands[0]!.y - rowH : box.y + 26;
  const rowOf = (y: number) => Math.floor((y - rowsTop) / rowH);
  const text = Array.from({ length: rows }, () => [] as string[]);
  for (const l of labels) text[rowOf(l.y)]?.push(l.text);
  const markers = Array.from({ length: rows }, () => 0);
  for (const it of items) {
    if (it.type === 'polygon' && it.points.length === 4) {
      const p = it as PolygonItem;
      const r = rowOf((p.points[0]!.y + p.points[2]!.y) / 2);
      if (r >= 0 && r < rows) markers[r]!++;
    }
    if (
      it.type === 'rect' &&
      it.x > box.x + 20 &&
      (it.fill || it.dash) &&
      it.height <= 10.01 &&
      it.y > rowsTop
    ) {
      // A range bar: its fill in the timeline colour (firm) or its dashed outline (tentative), one per bar.
      // A tentative bar's light fill under its outline is not counted again; a firm bar at the same place
      // (a firm and a tentative step of the same title and dates) is.
      const firm = !!it.fill && sameColor(it.fill, COLORS.timeline);
      const tentativeFill =
        !it.dash &&
        !firm &&
        !!it.fill &&
        items.some((o) => o !== it && o.type === 'rect' && o.dash && o.x === it.x && o.y === it.y);
      if (tentativeFill) continue;
      const r = rowOf(it.y + it.height / 2);
      if (r >= 0 && r < rows) markers[r]!++;
    }
  }
  return { text: text.map((t) => t.join(' ')), markers };
}

describe('timeline rows (generated timelines with repeated and near-identical titles)', () => {
  test('one row per title, each label reads differently, every step has its marker on its row', () => {
    fc.assert(
      fc.property(timelineArb, fc.constantFrom(453, 300, 240), (data, width) => {
        const rows = displayRows(data);
        const titles = new Set(data.rows.map((r) => r.label));
        expect(rows.length).toBe(titles.size);
        expect(rows.reduce((n, r) => n + r.marks.length, 0)).toBe(data.rows.length);
        const { box, items } = drawn(data, width);
        const read = rowLabelsAndMarkers(items, rows.length, box);
        expect(read.text.every((t) => t.length > 0)).toBe(true);
        expect(new Set(read.text).size).toBe(rows.length);
        expect(read.markers).toEqual(rows.map((r) => r.marks.length));
      }),
      {
        numRuns: 80,
        // Found by fast-check once: a firm and a tentative step with the same title and the same dates.
        examples: [
          [
            {
              kind: 'timeline',
              start: '2025-01-01',
              end: '2025-12-17',
              rows: [
                {
                  label: 'Frist',
                  start: '2025-12-15',
                  end: '2025-12-17',
                  shape: 'range',
                  tentative: true,
                  dateText: '15.–17. desember 2025',
                },
                {
                  label: 'Frist',
                  start: '2025-12-15',
                  end: '2025-12-17',
                  shape: 'range',
                  tentative: false,
                  dateText: '15.–17. desember 2025',
                },
                {
                  label: 'Arbeidsmøte',
                  start: '2025-01-01',
                  end: '2025-01-01',
                  shape: 'range',
                  tentative: false,
                  dateText: '1. januar 2025',
                },
              ],
            } as TimelineChartData,
            453,
          ],
        ],
      },
    );
  });

  test('rows whose labels would be cut the same keep their date (or a number) at the end', () => {
    fc.assert(
      fc.property(fc.constantFrom(60, 90, 120, 170), fc.integer({ min: 1, max: 2 }), (width, maxLines) => {
        const data: TimelineChartData = {
          kind: 'timeline',
          start: '2026-01-01',
          end: '2026-12-31',
          rows: TITLES.slice(4, 8).map((label, i) => ({
            label,
            start: `2026-0${i + 1}-01`,
            end: `2026-0${i + 1}-01`,
            shape: 'point' as const,
            tentative: false,
            dateText: `${i + 1}. januar 2026`,
          })),
        };
        const lines = rowLabelLines(displayRows(data), width, maxLines, m);
        expect(new Set(lines.map((l) => l.join(' '))).size).toBe(lines.length);
        for (const l of lines) {
          expect(l.length).toBeLessThanOrEqual(maxLines);
          for (const line of l)
            expect(m.width(line, 'regular', SIZES.label)).toBeLessThanOrEqual(width + 0.01);
        }
      }),
    );
  });

  test('the sample: the two «Arbeidsmøte» steps share one row with two diamonds; the alt text says so', () => {
    const twice = {
      ...timelineData,
      rows: [
        ...timelineData.rows.slice(0, 1),
        {
          ...timelineData.rows[0]!,
          label: 'Arbeidsmøte i Rana',
          start: '2025-07-04',
          end: '2025-07-04',
          dateText: '4. juli 2025',
        },
        {
          ...timelineData.rows[0]!,
          label: 'Arbeidsmøte i Rana',
          start: '2025-08-22',
          end: '2025-08-22',
          dateText: '22. august 2025',
        },
        ...timelineData.rows.slice(1),
      ],
    };
    const rows = displayRows(twice);
    expect(rows.map((r) => r.label)).toEqual([
      'Saken presentert for AU',
      'Arbeidsmøte i Rana',
      ...timelineData.rows.slice(1).map((r) => r.label),
    ]);
    const { box, items } = drawn(twice, 453);
    expect(rowLabelsAndMarkers(items, rows.length, box).markers[1]).toBe(2);
    expect(sharedRowsText(twice)).toBe(
      'Stegene «Arbeidsmøte i Rana» (4. juli 2025 og 22. august 2025) står på samme rad.',
    );
    expect(sharedRowsText(timelineData)).toBe('');
  });
});
