import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../src/facts/derive.js';
import { portalFields } from '../../src/facts/portal.js';
import { buildAll } from '../document/build-all.js';
import { treeText } from '../document/tree-text.js';
import { loadSampleProjectWith } from '../helpers/sample-project.js';

/**
 * 200 000 of 4 480 000 is 4,46 %: it reads «4 %» in the table, the chart's alt text and the portal
 * export alike, and the shares are not forced to add up to 100 %.
 */
const project = loadSampleProjectWith((p) => {
  p.budsjett.kostnader = [{ kategori: 'Personal', beskrivelse: 'Stillinger', år: 2026, beløp: 4_480_000 }];
  p.budsjett.finansiering = [
    { kilde: 'nfk', form: 'kontant', år: 2026, beløp: 2_140_000 },
    { kilde: 'statsforvalteren', form: 'kontant', år: 2026, beløp: 2_140_000 },
    { kilde: 'politiet', form: 'naturalia', år: 2026, beløp: 200_000 },
  ];
});
const NB = '\u00a0';

describe('one rounding of shares everywhere', () => {
  const facts = deriveFacts(project);
  const rows = facts.budget.financing.matrix.groups.flatMap((g) => g.rows);

  it('rounds each share once, without forcing the sum to 100', () => {
    expect(rows.map((r) => r.share)).toEqual([48, 48, 4]);
  });

  it('prints the same share in the table, the alt text and the portal export', () => {
    const tree = buildAll(project, true).get('soknad-nfk')!.tree!;
    expect(treeText(tree).replace(/\u00a0/g, ' ')).toContain(
      'Nordland politidistrikt | Naturalia | 200 000 kr | 200 000 kr | 4 %',
    );
    expect(facts.financingChart.alt).toContain(`Nordland politidistrikt 200${NB}000${NB}kr (4${NB}%)`);
    const financing = portalFields(project, facts, project.dokumenter[1]!).find(
      (f) => f.label === 'Finansieringsplan',
    )!;
    expect(financing.text).toMatch(
      /Nordland politidistrikt: 2026: 200\u00a0000\u00a0kr; sum 200\u00a0000\u00a0kr \(4\u00a0%\)/,
    );
  });
});
