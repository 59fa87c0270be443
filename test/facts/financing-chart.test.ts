import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../src/facts/derive.js';
import { loadSampleProject, loadSampleProjectWith } from '../helpers/sample-project.js';

const NB = '\u00a0';

describe('financing chart of the sample (split not decided)', () => {
  const { data, alt } = deriveFacts(loadSampleProject()).financingChart;

  it('has a bar per cost year with the cost total, and one for the whole period without a total', () => {
    expect(data.unresolved).toBe(true);
    expect(data.bars.map((b) => b.label)).toEqual(['2026', '2027', '2028', 'Hele perioden']);
    for (const bar of data.bars.slice(0, 3)) {
      expect(bar.total).toEqual({ low: 2_500_000, high: 3_000_000 });
      // No financing line names a year: the yearly bars have no segments, no split is invented.
      expect(bar.segments).toEqual([]);
    }
    const whole = data.bars[3]!;
    expect(whole.total).toBeUndefined();
    expect(whole.segments.map((s) => [s.source, s.form, s.amount])).toEqual([
      ['Nordland fylkeskommune', 'kontant', null],
      ['Statsforvalteren i Nordland', 'kontant', null],
      ['Nordland politidistrikt', 'naturalia', null],
      ['Deltakende kommuner', 'naturalia', null],
    ]);
  });

  it('says in the text alternative what the chart shows', () => {
    expect(alt).toBe(
      'Finansieringsplan med 4 kilder; kontant: Nordland fylkeskommune og Statsforvalteren i Nordland; ' +
        'naturalia: Nordland politidistrikt og Deltakende kommuner; fordelingen mellom kildene er ikke avklart. ' +
        `Finansieringen skal dekke kostnadene: 2,5–3${NB}mill.${NB}kr per år i 2026, 2027 og 2028, ` +
        `til sammen 7,5–9${NB}mill.${NB}kr; i tillegg kommer et beløp for hele perioden som ikke er avklart.`,
    );
  });
});

describe('financing chart with other budgets', () => {
  it('lists different yearly totals one by one, and leaves a year with an undecided cost without total', () => {
    const project = loadSampleProjectWith((p) => {
      p.budsjett.kostnader = [
        { kategori: 'Personal', beskrivelse: 'År 1', år: 2026, beløp: 2_000_000 },
        { kategori: 'Personal', beskrivelse: 'År 2', år: 2027, beløp: { fra: 2_500_000, til: 3_000_000 } },
        { kategori: 'Personal', beskrivelse: 'År 3', år: 2028, beløp: 1_000_000 },
        { kategori: 'Lokaler', beskrivelse: 'Lokaler', år: 2028, beløp: 'ikke avklart' },
      ];
    });
    const { data, alt } = deriveFacts(project).financingChart;
    expect(data.bars.map((b) => [b.label, b.total])).toEqual([
      ['2026', { low: 2_000_000, high: 2_000_000 }],
      ['2027', { low: 2_500_000, high: 3_000_000 }],
      ['2028', undefined],
      ['Hele perioden', undefined],
    ]);
    expect(alt).toContain(
      `kostnadene: 2026: 2${NB}mill.${NB}kr og 2027: 2,5–3${NB}mill.${NB}kr, til sammen 4,5–5${NB}mill.${NB}kr; ` +
        'i tillegg kommer beløp for 2028 og hele perioden som ikke er avklart.',
    );
  });

  it('takes the bars from the financing and no totals from the costs once the split is decided', () => {
    const project = loadSampleProjectWith((p) => {
      p.budsjett.kostnader = [{ kategori: 'Personal', beskrivelse: 'Alt', år: 2026, beløp: 3_000_000 }];
      p.budsjett.finansiering = [
        { kilde: 'nfk', form: 'kontant', år: 2026, beløp: 1_500_000 },
        { kilde: 'kommunene', form: 'naturalia', år: 2026, beløp: 1_500_000 },
      ];
    });
    const { data, alt } = deriveFacts(project).financingChart;
    expect(data.unresolved).toBe(false);
    expect(data.bars).toHaveLength(1);
    expect(data.bars[0]!.total).toBeUndefined();
    expect(data.bars[0]!.segments.map((s) => s.amount)).toEqual([1_500_000, 1_500_000]);
    expect(alt).not.toContain('kostnadene');
    expect(alt).toMatch(/\.$/);
  });
});
