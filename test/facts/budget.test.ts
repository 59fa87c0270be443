import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../src/facts/derive.js';
import fc from 'fast-check';
import { percentOf } from '../../src/facts/shares.js';
import { sumAmounts, sumStatus } from '../../src/facts/sum.js';
import { loadSampleProject, loadSampleProjectWith } from '../helpers/sample-project.js';

describe('percentage shares', () => {
  it('rounds the exact share to a whole number, halves up, without forcing a sum of 100', () => {
    expect(percentOf(200_000, 4_480_000)).toBe(4);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 8)).toBe(13);
    expect(percentOf(0, 0)).toBe(0);
    expect([1, 1, 1].map((v) => percentOf(v, 3)).reduce((a, b) => a + b, 0)).toBe(99);
  });
  it('is never more than half a point from the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (part, whole) => {
        const p = percentOf(part, whole);
        return Number.isInteger(p) && Math.abs(p - (part * 100) / whole) <= 0.5 + 1e-6;
      }),
    );
  });
});

describe('sums', () => {
  it('keeps a range a range and counts undecided lines', () => {
    const s = sumAmounts([{ fra: 1, til: 2 }, 10, 'ikke avklart']);
    expect(s).toEqual({ low: 11, high: 12, undecided: 1, lines: 3 });
    expect(sumStatus(s)).toBe('partial');
    expect(sumStatus(sumAmounts([{ fra: 1, til: 2 }]))).toBe('range');
    expect(sumStatus(sumAmounts([5]))).toBe('exact');
    expect(sumStatus(sumAmounts(['ikke avklart']))).toBe('undecided');
  });
});

describe('budget facts of the sample', () => {
  const facts = deriveFacts(loadSampleProject());
  it('sums the cost plan as a range with one undecided line', () => {
    expect(facts.budget.costs.total).toEqual({ low: 7_500_000, high: 9_000_000, undecided: 1, lines: 4 });
    expect(facts.budget.costs.byYear.map((y) => y.label)).toEqual(['2026', '2027', '2028', 'Hele perioden']);
    expect(facts.budget.costs.byCategory.map((c) => c.category)).toEqual(['Personal', 'Lokaler og utstyr']);
  });
  it('has no shares while the financing is undecided', () => {
    expect(facts.budget.financing.sharesDecided).toBe(false);
    expect(facts.budget.financing.lines.every((l) => l.share === null)).toBe(true);
    expect(facts.budget.balance.balanced).toBeNull();
    expect(facts.financingChart.data.unresolved).toBe(true);
  });
});

describe('budget facts with decided amounts', () => {
  const project = loadSampleProjectWith((p) => {
    p.budsjett.kostnader = [
      { kategori: 'Personal', beskrivelse: 'Fagstillinger', år: 2026, beløp: 2_500_000 },
      {
        kategori: 'Personal',
        beskrivelse: 'Fagstillinger',
        år: 2027,
        beløp: { fra: 2_500_000, til: 3_000_000 },
      },
      { kategori: 'Lokaler', beskrivelse: 'Lokaler', beløp: 500_000 },
    ];
    p.budsjett.finansiering = [
      { kilde: 'nfk', form: 'kontant', år: 2026, beløp: 1_000_000 },
      { kilde: 'nfk', form: 'kontant', år: 2027, beløp: 1_000_000 },
      { kilde: 'statsforvalteren', form: 'kontant', beløp: 1_000_000 },
      { kilde: 'politiet', form: 'naturalia', beløp: 500_000 },
      { kilde: 'kommunene', form: 'naturalia', beløp: { fra: 1_000_000, til: 1_500_000 } },
    ];
  });
  const b = deriveFacts(project).budget;
  it('totals equal the sum of their lines', () => {
    expect(b.costs.total).toEqual({ low: 5_500_000, high: 6_000_000, undecided: 0, lines: 3 });
    const yearSum = b.costs.byYear.reduce((a, y) => a + y.sum.low, 0);
    expect(yearSum).toBe(b.costs.total.low);
    expect(b.financing.total).toEqual({ low: 4_500_000, high: 5_000_000, undecided: 0, lines: 5 });
  });
  it('gives each source the rounded share of its own sum', () => {
    expect(b.financing.sharesDecided).toBe(true);
    for (const s of b.financing.bySource)
      expect(s.share).toBe(percentOf((s.sum.low + s.sum.high) / 2, 4_750_000));
    expect(b.financing.bySource.map((s) => s.source)).toEqual([
      'nfk',
      'statsforvalteren',
      'politiet',
      'kommunene',
    ]);
  });
  it('splits cash and in-kind', () => {
    expect(b.financing.byForm.find((f) => f.form === 'kontant')!.sum.low).toBe(3_000_000);
    expect(b.financing.byForm.find((f) => f.form === 'naturalia')!.sum).toMatchObject({
      low: 1_500_000,
      high: 2_000_000,
    });
  });
  it('computes the balance as a range, per year and in total', () => {
    expect(b.balance.total).toEqual({
      low: 4_500_000 - 6_000_000,
      high: 5_000_000 - 5_500_000,
      undecided: false,
    });
    const y2026 = b.balance.byYear.find((y) => y.year === 2026)!;
    expect(y2026.difference).toEqual({ low: -1_500_000, high: -1_500_000, undecided: false });
    expect(b.balance.balanced).toBeNull();
  });
  it('reports an exact balance', () => {
    const p = loadSampleProjectWith((x) => {
      x.budsjett.kostnader = [{ kategori: 'A', beskrivelse: 'a', beløp: 100 }];
      x.budsjett.finansiering = [
        { kilde: 'nfk', form: 'kontant', beløp: 60 },
        { kilde: 'kommunene', form: 'naturalia', beløp: 40 },
      ];
    });
    const bb = deriveFacts(p).budget;
    expect(bb.balance.balanced).toBe(true);
    expect(bb.financing.lines.map((l) => l.share)).toEqual([60, 40]);
  });
});
