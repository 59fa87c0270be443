import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/format/date.js';
import { formatList } from '../../src/format/list.js';
import {
  formatCompactKroner,
  formatKroner,
  formatKronerRange,
  formatPercent,
} from '../../src/format/number.js';

/** Shows no-break spaces as ␣ so expectations are readable. */
const v = (s: string) => s.replace(/\u00a0/g, '␣');

describe('amounts', () => {
  it('uses no-break spaces inside the number and before kr', () => {
    expect(v(formatKroner(2_500_000))).toBe('2␣500␣000␣kr');
    expect(formatKroner(2_500_000)).not.toMatch(/ /);
  });
  it('writes the minus as U+2212', () => {
    expect(v(formatKroner(-500))).toBe('\u2212500␣kr');
  });
  it('compacts millions', () => {
    expect(v(formatCompactKroner(2_500_000))).toBe('2,5␣mill.␣kr');
    expect(v(formatCompactKroner(20_000_000))).toBe('20␣mill.␣kr');
    expect(v(formatCompactKroner(750_000))).toBe('750␣000␣kr');
  });
  it('formats ranges', () => {
    expect(v(formatKronerRange(2_500_000, 3_000_000, true))).toBe('2,5–3␣mill.␣kr');
    expect(v(formatKronerRange(2_500_000, 3_000_000))).toBe('2␣500␣000–3␣000␣000␣kr');
    expect(v(formatKronerRange(5, 5))).toBe('5␣kr');
  });
  it('formats percentages', () => {
    expect(v(formatPercent(50))).toBe('50␣%');
    expect(v(formatPercent(33.5))).toBe('33,5␣%');
  });
});

describe('dates at their precision', () => {
  const cases: [string, string][] = [
    ['2025-10-10', '10. oktober 2025'],
    ['2025-12', 'desember 2025'],
    ['2025-10/2025-12', 'oktober–desember 2025'],
    ['2026-T1', '1. tertial 2026'],
    ['2026-vår', 'våren 2026'],
    ['2025-12 eller 2026-01', 'desember 2025 / januar 2026'],
    ['2025-12/2026-01', 'desember 2025–januar 2026'],
    ['2026-T1/2029-T1', '1. tertial 2026 – 1. tertial 2029'],
    ['2025-08-04/2025-08-22', '4.–22. august 2025'],
    ['2025-07-04/2025-08-22', '4. juli – 22. august 2025'],
    ['2026', '2026'],
    ['2026/2028', '2026–2028'],
    ['ikke avklart', 'Ikke avklart'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(formatDate(input).replace(/\u00a0/g, ' ')).toBe(expected);
  });
  it('keeps «10. oktober» together with a no-break space', () => {
    expect(formatDate('2025-10-10')).toBe('10.\u00a0oktober 2025');
  });
});

describe('lists', () => {
  it('joins with commas and «og»', () => {
    expect(formatList(['Rana', 'Hemnes', 'Nesna'])).toBe('Rana, Hemnes og Nesna');
    expect(formatList(['Rana', 'Hemnes'], 'eller')).toBe('Rana eller Hemnes');
    expect(formatList(['Rana'])).toBe('Rana');
    expect(formatList([])).toBe('');
  });
  it('agrees with Intl.ListFormat nb-NO', () => {
    const names = ['Rana', 'Hemnes', 'Nesna', 'Lurøy', 'Rødøy', 'Træna'];
    for (let n = 0; n <= names.length; n++) {
      const items = names.slice(0, n);
      expect(formatList(items)).toBe(new Intl.ListFormat('nb-NO', { type: 'conjunction' }).format(items));
      expect(formatList(items, 'eller')).toBe(
        new Intl.ListFormat('nb-NO', { type: 'disjunction' }).format(items),
      );
    }
  });
});
