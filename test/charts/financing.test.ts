import { describe, expect, test } from 'vitest';
import { chartHeight, drawChart } from '../../src/charts/draw-chart.js';
import { createChartMeasurer } from '../../src/charts/font-measurer.js';
import { SOURCE_PALETTE } from '../../src/charts/source-style.js';
import { tint } from '../../src/charts/style.js';
import type { Color, Item, LineItem, Measurer, RectItem, TextItem } from '../../src/layout/types.js';
import type { FinancingChartData } from '../../src/tree/types.js';
import {
  chartOf,
  financingData,
  sampleFinancingData,
  unknownFinancingData,
  unresolvedFinancingData,
} from './fixtures.js';
import { fakeMeasurer, outside, overlappingTexts, texts } from './helpers.js';

const NB = '\u00a0';
const SOURCE_COLORS = SOURCE_PALETTE.map((p) => p.color);
const same = (a: Color | undefined, b: Color) => !!a && a.r === b.r && a.g === b.g && a.b === b.b;

function draw(data: FinancingChartData, m: Measurer = fakeMeasurer, width = 453) {
  const chart = chartOf(data, 'Finansiering');
  const box = { x: 70, y: 100, width, height: chartHeight(chart, width) };
  return { box, items: drawChart(chart, box, m) };
}

/** Filled rectangles of the plot (above the bar labels) in a source colour or its tint: the segments. */
function sourceRects(items: Item[], colorIndex: number): RectItem[] {
  const c = SOURCE_COLORS[colorIndex]!;
  const labelY = items.find(
    (i): i is TextItem => i.type === 'text' && /^(2026|Hele perioden)$/.test(i.text),
  )!.y;
  return items.filter(
    (i): i is RectItem =>
      i.type === 'rect' && i.y < labelY && (same(i.fill, c) || same(i.fill, tint(c, 0.75))),
  );
}

describe.each([
  ['fake measurer', fakeMeasurer],
  ['Source Sans 3 measurer', createChartMeasurer()],
])('financing chart (%s)', (_name, m) => {
  test.each([
    ['decided split', financingData, 453],
    ['undecided split', unresolvedFinancingData, 453],
    ['nothing known', unknownFinancingData, 453],
    ['yearly totals and an unknown whole-period bar', sampleFinancingData, 453],
    ['yearly totals and an unknown whole-period bar, narrow', sampleFinancingData, 240],
    ['decided split, narrow', financingData, 240],
  ] as const)('%s: everything inside the box, no text overlapping another', (_n, data, width) => {
    const { box, items } = draw(data, m, width);
    expect(outside(items, box, m)).toEqual([]);
    expect(overlappingTexts(items, m)).toEqual([]);
  });
});

describe('financing geometry', () => {
  const { items } = draw(financingData);

  test('segment heights are proportional to the amounts', () => {
    const perKrone: number[] = [];
    financingData.bars.forEach((bar, b) => {
      bar.segments.forEach((s, k) => {
        // An estimate stacks its low value; the spread is drawn dashed above the bar.
        const value = s.range?.low ?? s.amount;
        if (value === null) return;
        const rect = sourceRects(items, k)[b]!;
        perKrone.push(rect.height / value);
      });
    });
    expect(perKrone.length).toBe(12);
    for (const p of perKrone) expect(p).toBeCloseTo(perKrone[0]!, 9);
  });

  test('segments stack from the common baseline without gaps', () => {
    const cash = sourceRects(items, 0);
    const state = sourceRects(items, 1);
    cash.forEach((r, b) => expect(state[b]!.y + state[b]!.height).toBeCloseTo(r.y, 9));
    const bottoms = cash.map((r) => r.y + r.height);
    for (const y of bottoms) expect(y).toBeCloseTo(bottoms[0]!, 9);
  });

  test('cash is solid, in kind is a light tint with hatching', () => {
    const cash = sourceRects(items, 0);
    expect(cash.every((r) => same(r.fill, SOURCE_COLORS[0]!) && !r.stroke)).toBe(true);
    const inKind = sourceRects(items, 2);
    for (const r of inKind) {
      expect(same(r.fill, SOURCE_COLORS[2]!)).toBe(false);
      const hatch = items.filter(
        (l): l is LineItem =>
          l.type === 'line' &&
          same(l.color, SOURCE_COLORS[2]!) &&
          l.x1 >= r.x - 0.01 &&
          l.x2 <= r.x + r.width + 0.01 &&
          l.y2 >= r.y - 0.01 &&
          l.y1 <= r.y + r.height + 0.01,
      );
      expect(hatch.length).toBeGreaterThan(3);
    }
  });

  test('amounts and totals in Norwegian format, bar labels and a legend', () => {
    const t = texts(items);
    expect(t).toEqual(
      expect.arrayContaining([`1,5${NB}mill.${NB}kr`, `750${NB}000${NB}kr`, `400${NB}000${NB}kr`]),
    );
    expect(t).toContain(`2,85–3${NB}mill.${NB}kr`);
    expect(t).toEqual(expect.arrayContaining(['2026', '2027', '2028']));
    expect(t).toEqual(
      expect.arrayContaining(['Nordland fylkeskommune (kontant)', 'Politiet (naturalia)', 'Anslag (spenn)']),
    );
    expect(t).toEqual(expect.arrayContaining(['0', `1${NB}mill.`, `3${NB}mill.`]));
  });
});

describe('undecided split', () => {
  test('draws outlined totals marked «Fordeling ikke avklart», never a split by source', () => {
    const { items } = draw(unresolvedFinancingData);
    for (let k = 0; k < 4; k++) expect(sourceRects(items, k)).toEqual([]);
    const t = texts(items);
    expect(t.filter((s) => s === `2,5–3${NB}mill.${NB}kr`)).toHaveLength(3);
    // One marking inside each of the three bars (on one or two lines), and one in the legend.
    expect(t.filter((s) => s.startsWith('Fordeling'))).toHaveLength(4);
    expect(t).toContain('Fordeling ikke avklart');
    // The sources have no swatch (no bar is split by them): a note under the legend names them.
    expect(t.join(' ')).toContain('Kildene (fordelingen er ikke avklart): Nordland fylkeskommune');
    expect(t.join(' ')).toContain('Politiet og Kommunene (naturalia).');
    const outlines = items.filter((i): i is RectItem => i.type === 'rect' && !!i.stroke);
    expect(outlines.filter((r) => r.dash).length).toBeGreaterThanOrEqual(3);
    // The solid outline reaches the low total, the dashed one the high total: heights in ratio 2.5 : 0.5.
    const solid = outlines.find((r) => !r.dash && r.height > 20)!;
    const dashed = outlines.find((r) => r.dash && Math.abs(r.x - solid.x) < 0.01)!;
    expect(solid.height / dashed.height).toBeCloseTo(5, 6);
  });

  test('with nothing known, one dashed bar says so', () => {
    const t = texts(draw(unknownFinancingData).items);
    expect(t.join(' ')).toContain('Beløp og fordeling ikke avklart');
    expect(t).toContain('Hele perioden');
    expect(t.some((s) => s.includes('mill.'))).toBe(false);
  });

  test('beside known totals, a bar whose amount is not decided draws no height, only says so', () => {
    const { items } = draw(sampleFinancingData);
    const t = texts(items);
    expect(t.filter((s) => s === `2,5–3${NB}mill.${NB}kr`)).toHaveLength(3);
    expect(t.join(' ')).toContain('Beløp ikke avklart');
    expect(t.join(' ')).not.toContain('Beløp og fordeling');
    const label = items.find((i): i is TextItem => i.type === 'text' && i.text === 'Hele perioden')!;
    const solid = items.filter(
      (i): i is RectItem => i.type === 'rect' && !!i.stroke && !i.dash && i.height > 20,
    );
    expect(solid).toHaveLength(3);
    // No outline or fill stands above the «Hele perioden» label: all bars lie left of it.
    const right = Math.max(...solid.map((r) => r.x + r.width));
    expect(right).toBeLessThan(label.x);
    const inSlot = items.filter(
      (i): i is RectItem => i.type === 'rect' && i.x >= right && i.y < label.y && i.width < 100,
    );
    expect(inSlot).toEqual([]);
    // The message sits in the slot above the label.
    const msg = items.find((i): i is TextItem => i.type === 'text' && i.text.startsWith('Beløp'))!;
    expect(msg.x).toBeGreaterThan(right);
    expect(msg.y).toBeLessThan(label.y);
    // Legend: the two swatches that explain the bars, then a note naming the sources, which have no
    // swatch of their own (a colour beside a source would suggest an amount).
    const legend = t.slice(t.lastIndexOf('Fordeling ikke avklart'));
    expect(legend.slice(0, 2)).toEqual(['Fordeling ikke avklart', 'Anslag (spenn)']);
    expect(legend.slice(2).join(' ')).toBe(
      'Kildene (fordelingen er ikke avklart): Nordland fylkeskommune og Statsforvalteren (kontant); ' +
        'Politiet og Kommunene (naturalia).',
    );
    const noteTop = Math.min(
      ...items
        .filter((i): i is TextItem => i.type === 'text' && legend.slice(2).includes(i.text))
        .map((i) => i.y),
    );
    // No swatch (filled or outlined rectangle) stands beside the note's lines.
    const swatchesBeside = items.filter(
      (i): i is RectItem => i.type === 'rect' && i.y >= noteTop - 9 && i.height < 20,
    );
    expect(swatchesBeside).toEqual([]);
  });
});
