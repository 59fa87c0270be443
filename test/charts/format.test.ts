import { describe, expect, test } from 'vitest';
import { formatAmount, formatRange, formatTick, niceScale, quarterLabel } from '../../src/charts/format.js';
import { truncate, wrapLines } from '../../src/charts/text-fit.js';
import { fakeMeasurer as m } from './helpers.js';

const NB = '\u00a0';

describe('Norwegian amounts', () => {
  test('millions with a decimal comma, smaller amounts with grouped digits, no-break spaces', () => {
    expect(formatAmount(2_500_000)).toBe(`2,5${NB}mill.${NB}kr`);
    expect(formatAmount(1_000_000)).toBe(`1${NB}mill.${NB}kr`);
    expect(formatAmount(750_000)).toBe(`750${NB}000${NB}kr`);
    expect(formatRange(2_500_000, 3_000_000)).toBe(`2,5–3${NB}mill.${NB}kr`);
    expect(formatRange(200_000, 350_000)).toBe(`200${NB}000–350${NB}000${NB}kr`);
    expect(formatTick(0)).toBe('0');
    expect(formatTick(1_500_000)).toBe(`1,5${NB}mill.`);
    expect(quarterLabel(3)).toBe(`3.${NB}kv.`);
  });

  test('nice axis scale covers the value with 4–5 round steps', () => {
    expect(niceScale(3_000_000)).toEqual({ max: 3_000_000, step: 1_000_000 });
    expect(niceScale(2_850_000)).toEqual({ max: 3_000_000, step: 1_000_000 });
    const s = niceScale(7_300_000);
    expect(s.max).toBeGreaterThanOrEqual(7_300_000);
    expect(s.max / s.step).toBeLessThanOrEqual(5);
  });
});

describe('label fitting', () => {
  test('wraps into at most two lines and truncates the rest with an ellipsis', () => {
    const lines = wrapLines(
      'Utarbeidelse av prosjektbeskrivelse og søknader (Polarsirkelrådet og politiet)',
      100,
      2,
      m,
      'regular',
      8,
    );
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(m.width(l, 'regular', 8)).toBeLessThanOrEqual(100);
    expect(lines[0]).toBe('Utarbeidelse av');
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  test('short text stays on one line, untouched', () => {
    expect(wrapLines('Oppstart', 100, 2, m, 'regular', 8)).toEqual(['Oppstart']);
  });

  test('a single over-long word is truncated', () => {
    const [line] = wrapLines('Kommunestyrebehandlingsprosessen', 60, 1, m, 'regular', 8);
    expect(line!.endsWith('…')).toBe(true);
    expect(m.width(line!, 'regular', 8)).toBeLessThanOrEqual(60);
    expect(truncate('abc', 1, m, 'regular', 8)).toBe('');
  });
});
