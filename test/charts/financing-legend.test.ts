/**
 * The financing legend, read back from the SVG the chart module makes, for generated financing plans of
 * 1–10 sources (cash and in kind, exact amounts, estimates, zero amounts) over 1–5 bars: each drawn
 * source/form has exactly one legend entry, whose swatch looks exactly like its segments; no two swatches
 * look alike; the legend reads top-down in the order the segments stack; neighbours are separated by
 * white borders; the text alternative names every entry in the same order with its look.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chartHeight } from '../../src/charts/draw-chart.js';
import { financingLegendText } from '../../src/charts/financing-text.js';
import { keyLabel, keyStyle, sourceKeys, type SourceKey } from '../../src/charts/financing-data.js';
import { describeStyle, SOURCE_PALETTE } from '../../src/charts/source-style.js';
import { contrastRatio, hex, WHITE } from '../../src/charts/style.js';
import { chartToSvg } from '../../src/charts/svg.js';
import type { FinancingChartData, FinancingSegment } from '../../src/tree/types.js';
import { chartOf } from './fixtures.js';
import { expectedStacks, lookKey, readFinancingSvg, type FinancingRead } from './svg-read.js';

const NAMES = [
  'Nordland fylkeskommune',
  'Statsforvalteren i Nordland',
  'Sparebankstiftelsen Helgeland',
  'Kommunene',
  'Sør-Helgeland regionråd',
  'Nordland politidistrikt',
  'Kulturrådet',
  'Gjensidigestiftelsen',
  'Vega kystlag',
  'Helse Nord RHF',
  'Frivillige lag og foreninger i regionen',
  'NAV',
  'Husbanken',
  'Universitetet i Nord, Fakultet for samfunnsvitenskap',
];

const amountArb: fc.Arbitrary<Pick<FinancingSegment, 'amount' | 'range'>> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 300 }).map((k) => ({ amount: k * 10_000 })) },
  { weight: 1, arbitrary: fc.constant({ amount: 0 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 100 }))
      .map(([low, extra]) => ({
        amount: (low + extra / 2) * 10_000,
        range: { low: low * 10_000, high: (low + extra) * 10_000 },
      })),
  },
);

/** A decided financing plan: 1–10 sources, each cash, in kind or both, spread over 1–5 bars. */
const planArb: fc.Arbitrary<FinancingChartData> = fc
  .record({
    names: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 10 }),
    forms: fc.array(fc.constantFrom<'kontant' | 'naturalia' | 'both'>('kontant', 'naturalia', 'both'), {
      minLength: 10,
      maxLength: 10,
    }),
    bars: fc.integer({ min: 1, max: 5 }),
    seed: fc.array(fc.tuple(fc.boolean(), amountArb), { minLength: 100, maxLength: 100 }),
  })
  .map(({ names, forms, bars, seed }) => {
    const pairs = names.flatMap((source, i) => {
      const f = forms[i]!;
      const list: FinancingSegment['form'][] = f === 'both' ? ['naturalia', 'kontant'] : [f];
      return list.map((form) => ({ source, form }));
    });
    let n = 0;
    return {
      kind: 'financing' as const,
      unresolved: false,
      bars: Array.from({ length: bars }, (_, b) => ({
        label: b === bars - 1 && bars > 1 ? 'Hele perioden' : String(2026 + b),
        segments: pairs.flatMap((p, k) => {
          const [present, amount] = seed[n++ % seed.length]!;
          // Every pair appears in the first bar, so every source is in the plan.
          return present || b === 0 || k === 0 ? [{ ...p, ...amount }] : [];
        }),
      })),
    };
  });

const WIDTH = 453;

function read(data: FinancingChartData, width = WIDTH): FinancingRead {
  const chart = chartOf(data, 'Finansiering');
  return readFinancingSvg(
    chartToSvg(chart, width, chartHeight(chart, width)),
    sourceKeys(data).map(keyLabel),
  );
}

describe('financing legend (generated plans of 1–10 sources)', () => {
  test('each drawn source has one legend entry whose swatch looks exactly like its segments', () => {
    fc.assert(
      fc.property(planArb, (data) => {
        const keys = sourceKeys(data);
        const drawn = keys.filter((k) => k.drawn);
        const { legend, stacks } = read(data);
        const entries = legend.filter((e) => e.label !== 'Anslag (spenn)');
        // Exactly one entry per drawn source/form, none for the others.
        expect(entries.map((e) => e.label).sort()).toEqual(drawn.map(keyLabel).sort());
        const swatchOf = new Map(entries.map((e) => [e.label, e.look]));
        // No two swatches look alike, and not even their fills are the same.
        expect(new Set(entries.map((e) => lookKey(e.look))).size).toBe(entries.length);
        expect(new Set(entries.map((e) => e.look.fill)).size).toBe(entries.length);

        const expected = expectedStacks(data, keys);
        expect(stacks.map((s) => s.length)).toEqual(expected.map((s) => s.length));
        stacks.forEach((stack, b) => {
          stack.forEach((segment, k) => {
            const swatch = swatchOf.get(keyLabel(expected[b]![k]!))!;
            expect(segment.fill).toBe(swatch.fill);
            expect(segment.outline).toBe(swatch.outline);
            // A segment at least as big as a swatch shows every kind of mark the swatch shows; a thin
            // one shows no kind the swatch lacks.
            const big =
              segment.bounds.height >= swatch.bounds.height && segment.bounds.width >= swatch.bounds.width;
            if (big) expect(segment.marks).toEqual(swatch.marks);
            else for (const m of segment.marks) expect(swatch.marks).toContain(m);
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  test('the legend reads top-down (column by column) in the order the segments stack from the top', () => {
    fc.assert(
      fc.property(planArb, (data) => {
        const keys = sourceKeys(data);
        const { legend } = read(data);
        const reading = [...legend].sort((a, b) => a.x - b.x || a.y - b.y).map((e) => e.label);
        const spread = reading[0] === 'Anslag (spenn)' ? ['Anslag (spenn)'] : [];
        const top = keys
          .filter((k) => k.drawn)
          .reverse()
          .map(keyLabel);
        expect(reading).toEqual([...spread, ...top]);
        // Every bar stacks in that order: cash first from the bottom, then in kind.
        const forms = keys.map((k) => k.form);
        expect(forms).toEqual([...forms].sort((a, b) => (a === b ? 0 : a === 'kontant' ? -1 : 1)));
      }),
      { numRuns: 40 },
    );
  });

  test('stacked neighbours are separated by a white border, and every swatch stands out from white', () => {
    fc.assert(
      fc.property(planArb, (data) => {
        const { els, stacks, legend } = read(data);
        const borders = els.filter(
          (e) => e.name === 'line' && e.attrs.stroke === '#ffffff' && e.attrs.y1 === e.attrs.y2,
        );
        for (const stack of stacks) {
          for (let k = 1; k < stack.length; k++) {
            const y = stack[k]!.bounds.y + stack[k]!.bounds.height;
            expect(borders.some((b) => Math.abs(Number(b.attrs.y1) - y) < 0.02)).toBe(true);
          }
        }
        for (const e of legend.filter((l) => l.label !== 'Anslag (spenn)')) {
          // Cash: the fill itself; in kind: the outline around the light fill, ≥ 3:1 against white.
          const edge = e.look.outline !== 'none' ? e.look.outline : e.look.fill;
          expect(contrastRatio(hex(edge), WHITE)).toBeGreaterThanOrEqual(3);
        }
      }),
      { numRuns: 30 },
    );
  });

  test('no two sources are told apart by colour alone: within a form, every swatch has its own marks', () => {
    fc.assert(
      fc.property(planArb, (data) => {
        const { legend } = read(data);
        for (const form of ['kontant', 'naturalia']) {
          const own = legend.filter((e) => e.label.endsWith(`(${form})`));
          expect(new Set(own.map((e) => e.look.marks.join(','))).size).toBe(own.length);
        }
      }),
      { numRuns: 40 },
    );
  });

  test('the text alternative names every legend entry in the legend order, with its look', () => {
    fc.assert(
      fc.property(planArb, (data) => {
        const text = financingLegendText(data);
        const drawn = sourceKeys(data)
          .filter((k) => k.drawn)
          .reverse();
        let at = 0;
        for (const key of drawn) {
          const part = `${key.source}, ${key.form === 'kontant' ? 'kontant' : 'naturalia'}: ${describeStyle(keyStyle(key))}`;
          const found = text.indexOf(part, at);
          expect(found, part).toBeGreaterThanOrEqual(at);
          at = found + part.length;
        }
        // Colour names come from the palette the swatches use.
        for (const key of drawn) expect(text).toContain(SOURCE_PALETTE[key.colorIndex]!.name);
      }),
      { numRuns: 60 },
    );
  });
});
