import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../src/facts/derive.js';
import { largestRemainderPercentages } from '../../src/facts/shares.js';
import { sumAmounts, sumStatus } from '../../src/facts/sum.js';
import { loadSampleProject, loadSampleProjectWith } from '../helpers/sample-project.js';

describe('largest-remainder shares', () => {
  it('adds up to exactly 100', () => {
    expect(largestRemainderPercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainderPercentages([2, 1])).toEqual([67, 33]);
    for (const values of [
      [7, 11, 13, 17, 19],
      [1, 2, 3, 4, 5, 6, 7],
      [999_999, 1, 1],
      [3_000_000, 2_500_000, 333_333],
    ]) {
      const shares = largestRemainderPercentages(values);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    }
  });
  it('gives the rounded-away points to the largest remainders', () => {
    expect(largestRemainderPercentages([10, 10, 5])).toEqual([40, 40, 20]);
    expect(largestRemainderPercentages([0.5, 0.3, 0.2])).toEqual([50, 30, 20]);
  });
  it('is all zeros for an empty or zero total', () => {
    expect(largestRemainderPercentages([0, 0])).toEqual([0, 0]);
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
  it('shares per line and per source add up to 100', () => {
    expect(b.financing.sharesDecided).toBe(true);
    expect(b.financing.lines.reduce((a, l) => a + l.share!, 0)).toBe(100);
    expect(b.financing.bySource.reduce((a, s) => a + s.share!, 0)).toBe(100);
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
